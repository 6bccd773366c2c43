package raingan.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import raingan.batch.manifest.Manifest;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.batch.walk.PathOrder;
import raingan.ingest.write.JsonFileSink;
import raingan.model.RecordJson;

/**
 * The records of an output folder, in path order: those its manifest says are {@code ok}, so a
 * summary or export saved in the folder is never taken for a record.
 */
final class OutputFolderRecords implements RecordSource {

    private final JsonFileSink records;
    private final RecordReader reader;
    private final Iterator<String> paths;

    OutputFolderRecords(Path out) throws IOException {
        RecordJson json = new RecordJson();
        this.records = new JsonFileSink(out, json);
        this.reader = new RecordReader(json);
        this.paths = Manifest.read(out.resolve(Manifest.FILE_NAME), json).entries().values().stream()
                .filter(e -> e.status() == Status.OK)
                .map(ManifestEntry::path)
                .sorted(PathOrder.INSTANCE)
                .iterator();
    }

    @Override
    public RecordInput next() throws IOException {
        if (!paths.hasNext()) {
            return null;
        }
        Path file = records.fileOf(paths.next());
        try {
            return reader.read(file.toString(), Files.readString(file));
        } catch (NoSuchFileException e) {
            return RecordInput.refused(file.toString(), "the manifest lists it but the file is missing;"
                    + " run the same convert again to write it");
        }
    }

    @Override
    public void close() {
        // Nothing held open: each record file is read whole.
    }
}
