package raingan.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import raingan.batch.manifest.Manifest;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.batch.walk.PathOrder;
import raingan.model.RecordJson;

/** The documents of a {@code raingan convert} output folder, as its manifest lists them. */
final class ConvertedBatch {

    private ConvertedBatch() {
    }

    /**
     * Every input of the manifest but the skipped ones (junk, links out), in path order.
     *
     * @throws IOException if the folder has no manifest or it cannot be read
     */
    static List<ConvertedDocument> read(Path outDir, RecordJson json) throws IOException {
        Path manifest = outDir.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            throw new IOException(outDir + " has no " + Manifest.FILE_NAME
                    + ": give the folder that raingan convert --out wrote");
        }
        List<ManifestEntry> entries = new ArrayList<>(Manifest.read(manifest, json).entries().values());
        entries.removeIf(e -> e.status() == Status.SKIPPED);
        entries.sort((a, b) -> PathOrder.INSTANCE.compare(a.path(), b.path()));
        List<ConvertedDocument> documents = new ArrayList<>(entries.size());
        for (ManifestEntry e : entries) {
            documents.add(new ConvertedDocument(documents.size() + 1, e, outDir.resolve(e.path() + ".json")));
        }
        return documents;
    }
}
