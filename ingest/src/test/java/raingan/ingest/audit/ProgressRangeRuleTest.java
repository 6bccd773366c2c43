package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.ingest.audit.Fixtures.entry;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Finding;
import raingan.model.Severity;

class ProgressRangeRuleTest {

    private final ProgressRangeRule rule = new ProgressRangeRule();

    @Test
    void progressOutsideZeroToHundredIsAnError() {
        List<Finding> findings = rule.check(record(
                entry(1, "15/10/2562").progress(-1.0), entry(2, "18/11/2562").progress(50.0),
                entry(3, "17/12/2562").progress(600.0)));
        assertEquals(List.of(
                key("report.progress-range", "/reports/0", Severity.ERROR),
                key("report.progress-range", "/reports/2", Severity.ERROR)), keys(findings));
        assertTrue(findings.get(1).message().contains("600 %"), findings.get(1).message());
    }

    @Test
    void boundsAndMissingProgressAreFine() {
        assertEquals(List.of(), rule.check(record(
                entry(1, "15/10/2562").progress(0.0), entry(2, "18/11/2562").progress(100.0),
                entry(3, "17/12/2562").progress(null))));
    }
}
