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

class ReportDateOrderRuleTest {

    private final ReportDateOrderRule rule = new ReportDateOrderRule();

    @Test
    void entryDatedBeforeTheLatestEarlierOneIsReported() {
        // report 4 misprinted 2562 for 2563: earlier than both reports before it
        List<Finding> findings = rule.check(record(
                entry(1, "15/10/2562"), entry(2, "18/11/2562"), entry(3, null).blank(),
                entry(4, "17/1/2562"), entry(5, "17/2/2563")));
        assertEquals(List.of(key("report.date-order", "/reports/3", Severity.WARNING)), keys(findings));
        assertTrue(findings.get(0).message().contains("2019-01-17") && findings.get(0).message().contains("Report 2"),
                findings.get(0).message());
    }

    @Test
    void latestDateIsRememberedAcrossAnEarlierSlip() {
        assertEquals(List.of(
                key("report.date-order", "/reports/1", Severity.WARNING),
                key("report.date-order", "/reports/2", Severity.WARNING)), keys(rule.check(record(
                entry(1, "17/3/2563"), entry(2, "17/1/2563"), entry(3, "17/2/2563"), entry(4, "17/4/2563")))));
    }

    @Test
    void sameOrLaterDatesAndMissingDatesAreFine() {
        assertEquals(List.of(), rule.check(record(
                entry(1, "15/10/2562"), entry(2, null).blank(), entry(3, null).unreadableDate("31/2/2563"),
                entry(10, "15/7/2563"), entry(null, "15/07/2563"))));
    }
}
