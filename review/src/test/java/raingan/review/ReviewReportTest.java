package raingan.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.batch.manifest.Manifest;
import raingan.batch.manifest.ManifestEntry;
import raingan.ingest.ErrorClass;
import raingan.model.Finding;
import raingan.model.Project;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;
import raingan.model.Source;
import raingan.model.SourceMethod;
import raingan.testdata.generate.ReportGenerator;

/** The report's files for hand-made output folders: what each page holds, escaped. */
class ReviewReportTest {

    private static final String HOSTILE = "โครงการ <script>alert(1)</script> & \"ทดสอบ\"";

    private final RecordJson json = new RecordJson();

    @TempDir
    Path dir;

    @Test
    void everyValueIsEscapedAndEveryInputListed() throws Exception {
        Path out = dir.resolve("out");
        ReportRecord record = generated();
        Project p = record.project();
        record = new ReportRecord(record.schemaVersion(), record.form(),
                new Source("เขต/รายงาน.txt", "ab12", "text/plain", 1, SourceMethod.TEXT, null, List.of()),
                new Project(HOSTILE, p.code(), p.fiscalYear(), p.startDate(), p.endDate(), p.budgetReceived(),
                        p.budgetSpent(), p.agency(), p.responsible(), p.coordinator(), p.rationale(),
                        p.objectives(), p.targets(), p.strategy()),
                record.reports(), record.findings());
        Files.createDirectories(out.resolve("เขต"));
        Files.writeString(out.resolve("เขต/รายงาน.txt.json"), json.pretty(record), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(Manifest.FILE_NAME),
                json.line(ManifestEntry.ok("เขต/รายงาน.txt", "ab12", 100, record, 5)) + "\n"
                + json.line(ManifestEntry.failed("เขต/เสีย.pdf", "cd34", 10L, ErrorClass.CORRUPT,
                        "the PDF is damaged <truncated>", 3)) + "\n",
                StandardCharsets.UTF_8);
        Path report = dir.resolve("report");

        ReviewSummary summary = new ReviewReport().write(new ReviewOptions(out, null, report, 2, 100));

        assertEquals(2, summary.documents(), "the failed input is listed too");
        assertEquals(1, summary.pages(), "only the converted one has a page");
        String page = Files.readString(report.resolve("documents/000001.html"), StandardCharsets.UTF_8);
        assertFalse(page.contains("<script>alert"), "a value never becomes markup");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;ทดสอบ&quot;"), "it is shown as text");
        assertTrue(page.contains("has no page images"), "a text export says why it has no page images");
        for (Finding f : record.findings()) {
            assertTrue(page.contains(f.rule().id()), "finding " + f.rule().id() + " is listed");
        }
        String data = Files.readString(report.resolve("assets/documents.js"), StandardCharsets.UTF_8);
        assertTrue(data.startsWith("window.RAINGAN_DOCUMENTS = [[\"documents/000001.html\",\"เขต/รายงาน.txt\""), data);
        assertTrue(data.contains("[null,\"เขต/เสีย.pdf\""), "the failed input has no page: " + data);
        for (String asset : List.of("echarts.min.js", "index.js", "document.js", "report.css", "fonts/Laksaman.ttf")) {
            assertTrue(Files.size(report.resolve("assets").resolve(asset)) > 0, asset);
        }
    }

    @Test
    void anOutputFolderWithoutAManifestIsRefusedByName() {
        IOException e = assertThrows(IOException.class, () ->
                new ReviewReport().write(new ReviewOptions(dir, null, dir.resolve("report"), 1, 100)));
        assertTrue(e.getMessage().contains("manifest.jsonl"), e.getMessage());
    }

    private static ReportRecord generated() {
        return new ReportGenerator().generate("gen-0001", ReportGenerator.seedFor(7, 1)).truth();
    }
}
