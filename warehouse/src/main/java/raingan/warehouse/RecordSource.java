package raingan.warehouse;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import raingan.batch.manifest.Manifest;

/** Records to load, read one at a time so that memory stays one record whatever the size. */
public interface RecordSource extends Closeable {

    /**
     * The next record, or null after the last.
     *
     * @throws IOException if the source cannot be read on (one bad record is an input with a problem instead)
     */
    RecordInput next() throws IOException;

    /**
     * The records of a {@code raingan convert} output folder (those its manifest says are {@code ok}),
     * or of a JSON Lines file ({@code --jsonl}).
     *
     * @throws NoSuchFileException if {@code path} does not exist
     * @throws IOException if it is a folder without a manifest, or cannot be read
     */
    static RecordSource open(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "nothing to load there");
        }
        if (Files.isDirectory(path)) {
            if (!Files.isRegularFile(path.resolve(Manifest.FILE_NAME))) {
                throw new NoSuchFileException(path.resolve(Manifest.FILE_NAME).toString(), null,
                        "not a raingan output folder (no " + Manifest.FILE_NAME + ")");
            }
            return new OutputFolderRecords(path);
        }
        return new JsonLinesRecords(path);
    }
}
