package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.ingest.audit.Fixtures.entry;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.project;
import static raingan.ingest.audit.Fixtures.record;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Finding;
import raingan.model.Severity;

class ReportDateOutsideProjectRuleTest {

    private final ReportDateOutsideProjectRule rule = new ReportDateOutsideProjectRule();

    @Test
    void entryBeforeStartOrLongAfterEndIsReported() {
        // project runs 2019-10-01 .. 2020-09-29
        List<Finding> findings = rule.check(record(
                entry(1, "15/9/2562"), entry(2, "15/10/2562"), entry(3, "30/9/2564"), entry(4, "29/9/2564")));
        assertEquals(List.of(
                key("report.date-outside-project", "/reports/0", Severity.WARNING),
                key("report.date-outside-project", "/reports/2", Severity.WARNING)), keys(findings));
        assertTrue(findings.get(0).message().contains("2019-09-15") && findings.get(0).message().contains("2019-10-01"),
                findings.get(0).message());
    }

    @Test
    void boundsOnTheDayAreInside() {
        // 2020-09-29 + 365 days is 2021-09-29
        assertEquals(List.of(), rule.check(record(
                entry(1, "1/10/2562"), entry(2, "29/9/2563"), entry(3, "29/9/2564"))));
    }

    @Test
    void missingBoundsAreNotChecked() {
        assertEquals(List.of(), rule.check(record(project().dates(null, null),
                entry(1, "15/9/2550"), entry(2, "15/9/2570"))));
        assertEquals(List.of(key("report.date-outside-project", "/reports/0", Severity.WARNING)),
                keys(rule.check(record(project().dates(LocalDate.of(2019, 10, 1), null),
                        entry(1, "15/9/2562"), entry(2, "15/9/2570")))));
    }
}
