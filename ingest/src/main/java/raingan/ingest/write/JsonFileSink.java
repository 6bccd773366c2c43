package raingan.ingest.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

/**
 * Records as indented JSON files, {@code OUT/<name>.json} ({@code a/b.pdf} → {@code OUT/a/b.pdf.json}),
 * each replaced atomically through {@link AtomicFiles}. Thread-safe.
 */
public final class JsonFileSink implements RecordSink {

    private final Path out;
    private final RecordJson json;

    public JsonFileSink(Path out, RecordJson json) {
        this.out = out;
        this.json = json;
    }

    /** Where the record of input {@code name} is. */
    public Path fileOf(String name) {
        return out.resolve(name + ".json");
    }

    @Override
    public void put(String name, ReportRecord record) throws IOException {
        AtomicFiles.write(fileOf(name), json.pretty(record));
    }

    /** Deletes the record file; anything else at its path (a folder, a link) is not raingan's and is left. */
    @Override
    public void remove(String name) throws IOException {
        Path file = fileOf(name);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(file);
        }
    }
}
