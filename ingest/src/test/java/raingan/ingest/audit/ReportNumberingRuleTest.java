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

class ReportNumberingRuleTest {

    private final ReportNumberingRule rule = new ReportNumberingRule();

    @Test
    void runningNumbersAreFine() {
        assertEquals(List.of(), rule.check(record(
                entry(1, "15/10/2562"), entry(2, null).blank(), entry(3, "18/11/2562"))));
    }

    @Test
    void unnumberedEntryIsReportedOnce() {
        List<Finding> findings = rule.check(record(
                entry(9, null).blank(), entry(10, "15/7/2563"), entry(null, "15/07/2563")));
        // 9 where 1 was expected is a break too: the run starts at 1
        assertEquals(List.of(
                key("report.numbering", "/reports/0", Severity.WARNING),
                key("report.numbering", "/reports/2", Severity.WARNING)), keys(findings));
        assertTrue(findings.get(1).message().contains("position 3") && findings.get(1).message().contains("15/07/2563")
                && findings.get(1).message().contains("report 11"), findings.get(1).message());
    }

    @Test
    void skipIsOneFindingAtTheEntryThatSkips() {
        assertEquals(List.of(key("report.numbering", "/reports/2", Severity.WARNING)), keys(rule.check(record(
                entry(1, "15/10/2562"), entry(2, "18/11/2562"), entry(4, "17/1/2563"), entry(5, "17/2/2563")))));
    }

    @Test
    void repeatIsOneFinding() {
        assertEquals(List.of(key("report.numbering", "/reports/2", Severity.WARNING)), keys(rule.check(record(
                entry(1, "15/10/2562"), entry(2, "18/11/2562"), entry(2, "18/11/2562"), entry(3, "17/12/2562")))));
    }

    @Test
    void oneNumberOutOfTheRunIsOneFinding() {
        // Report 3 printed (or OCR'd) as 1: report 4 follows on from report 2, not from the slip.
        assertEquals(List.of(key("report.numbering", "/reports/2", Severity.WARNING)), keys(rule.check(record(
                entry(1, "15/10/2562"), entry(2, "18/11/2562"), entry(1, "17/12/2562"), entry(4, "17/1/2563"),
                entry(5, "17/2/2563")))));
    }

    @Test
    void unnumberedEntryTakesItsPlaceInTheRun() {
        assertEquals(List.of(key("report.numbering", "/reports/1", Severity.WARNING)), keys(rule.check(record(
                entry(1, "15/10/2562"), entry(null, "18/11/2562"), entry(3, "17/12/2562")))));
    }
}
