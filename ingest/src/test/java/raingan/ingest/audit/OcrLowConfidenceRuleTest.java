package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.record;
import static raingan.ingest.audit.Fixtures.scanned;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Finding;
import raingan.model.Severity;

class OcrLowConfidenceRuleTest {

    private final OcrLowConfidenceRule rule = new OcrLowConfidenceRule();

    @Test
    void pageBelowThresholdIsReportedByIndex() {
        List<Finding> findings = rule.check(scanned(0.91, null, 0.52, 0.70));
        assertEquals(List.of(key("ocr.low-confidence", "/source/pages/2", Severity.WARNING)), keys(findings));
        assertTrue(findings.get(0).message().startsWith("Page 3 ") && findings.get(0).message().contains("0.52"),
                findings.get(0).message());
    }

    @Test
    void textPagesConfidentPagesAndNoSourceAreFine() {
        assertEquals(List.of(), rule.check(scanned(null, 0.88, OcrLowConfidenceRule.THRESHOLD)));
        assertEquals(List.of(), rule.check(record()));
    }
}
