package raingan.ingest.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

class JsonFileSinkTest {

    private final RecordJson json = new RecordJson();
    private final ReportRecord record = new ReportRecord(ReportRecord.SCHEMA_VERSION, ReportRecord.FORM_UNKNOWN,
            null, null, List.of(), List.of());

    @Test
    void aRecordIsItsInputsPathWithJsonAddedUnderTheFolder(@TempDir Path out) throws IOException {
        JsonFileSink sink = new JsonFileSink(out, json);
        sink.put("2563/รายงาน.pdf", record);
        assertEquals(json.pretty(record), Files.readString(out.resolve("2563/รายงาน.pdf.json")));
        assertEquals(out.resolve("2563/รายงาน.pdf.json"), sink.fileOf("2563/รายงาน.pdf"));
    }

    @Test
    void removingDeletesTheRecordButNothingElseAtItsPath(@TempDir Path out) throws IOException {
        JsonFileSink sink = new JsonFileSink(out, json);
        sink.put("a.txt", record);
        sink.remove("a.txt");
        assertFalse(Files.exists(out.resolve("a.txt.json")));
        sink.remove("never-written.txt");
        Files.createDirectories(out.resolve("b.txt.json"));
        sink.remove("b.txt");
        assertTrue(Files.isDirectory(out.resolve("b.txt.json")));
    }
}
