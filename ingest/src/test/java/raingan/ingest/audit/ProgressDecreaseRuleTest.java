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

class ProgressDecreaseRuleTest {

    private final ProgressDecreaseRule rule = new ProgressDecreaseRule();

    @Test
    void dropAcrossAnEntryWithoutProgressIsReported() {
        List<Finding> findings = rule.check(record(
                entry(1, "15/10/2562").progress(5.0), entry(2, "18/11/2562").progress(null),
                entry(3, "17/12/2562").progress(4.5)));
        assertEquals(List.of(key("report.progress-decrease", "/reports/2", Severity.WARNING)), keys(findings));
        assertTrue(findings.get(0).message().contains("4.5 %") && findings.get(0).message().contains("5 %")
                && findings.get(0).message().contains("Report 1"), findings.get(0).message());
    }

    @Test
    void comparesWithThePreviousFigureNotTheHighest() {
        assertEquals(List.of(key("report.progress-decrease", "/reports/1", Severity.WARNING)), keys(rule.check(record(
                entry(1, "15/10/2562").progress(60.0), entry(2, "18/11/2562").progress(6.0),
                entry(3, "17/12/2562").progress(7.0)))));
    }

    @Test
    void steadyOrRisingProgressIsFine() {
        assertEquals(List.of(), rule.check(record(
                entry(1, "15/10/2562").progress(1.0), entry(2, null).blank(),
                entry(3, "18/11/2562").progress(6.0), entry(4, "17/12/2562").progress(6.0))));
    }
}
