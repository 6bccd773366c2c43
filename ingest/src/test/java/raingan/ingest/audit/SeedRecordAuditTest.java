package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.ingest.audit.Fixtures.key;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import raingan.ingest.SharedFiles;
import raingan.model.Finding;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;
import raingan.model.Severity;

/** The real report's expected record must get exactly the audit findings the contract lists for it. */
class SeedRecordAuditTest {

    @Test
    void seedRecordGetsExactlyTheExpectedFindings() throws IOException {
        ReportRecord seed = readSeed();
        List<Finding> findings = Auditor.standard().audit(seed);

        Set<String> expected = new TreeSet<>(List.of(
                key("report.empty", "/reports/1", Severity.WARNING),
                key("report.missing-progress", "/reports/6", Severity.WARNING),
                key("report.flag-conflict", "/reports/7", Severity.WARNING),
                key("report.flag-conflict", "/reports/8", Severity.WARNING),
                key("report.flag-conflict", "/reports/9", Severity.ERROR),
                key("report.numbering", "/reports/10", Severity.WARNING),
                key("text.suspect-characters", "/project/strategy/issue", Severity.WARNING),
                key("text.suspect-characters", "/project/strategy/goal", Severity.WARNING)));
        assertEquals(expected, new TreeSet<>(Fixtures.keys(findings)));
        assertEquals(expected.size(), findings.size(), "no finding twice");
        assertTrue(findings.stream().anyMatch(f -> f.message().equals(
                "Report 8 (19/5/2563) is marked on plan and on target although its status says"
                        + " the project is suspended.")), findings.toString());
    }

    private static ReportRecord readSeed() throws IOException {
        try (InputStream in = Files.newInputStream(SharedFiles.require("spec/seed.expected.json"))) {
            return new RecordJson().read(in);
        }
    }
}
