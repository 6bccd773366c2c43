package raingan.warehouse;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import raingan.model.RecordJson;

/** The records of a JSON Lines file, one a line; blank lines are skipped. */
final class JsonLinesRecords implements RecordSource {

    private final Path file;
    private final BufferedReader in;
    private final RecordReader reader = new RecordReader(new RecordJson());
    private int line;

    JsonLinesRecords(Path file) throws IOException {
        this.file = file;
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    @Override
    public RecordInput next() throws IOException {
        for (String text; (text = in.readLine()) != null; ) {
            line++;
            if (!text.isBlank()) {
                return reader.read(file + ":" + line, text);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
