package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.project;
import static raingan.ingest.audit.Fixtures.record;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Finding;
import raingan.model.FiscalYear;
import raingan.model.Severity;

class FiscalYearMismatchRuleTest {

    private final FiscalYearMismatchRule rule = new FiscalYearMismatchRule();

    @Test
    void startOutsideTheFiscalYearIsReported() {
        // fiscal 2563 runs 2019-10-01 .. 2020-09-30; the day before is fiscal 2562
        List<Finding> findings = rule.check(record(project().dates(LocalDate.of(2019, 9, 30), LocalDate.of(2020, 9, 29))));
        assertEquals(List.of(key("project.fiscal-year-mismatch", "/project/startDate", Severity.WARNING)), keys(findings));
        assertTrue(findings.get(0).message().contains("2563") && findings.get(0).message().contains("2019-09-30"),
                findings.get(0).message());
    }

    @Test
    void startInsideTheWindowOrUnknownIsFine() {
        assertEquals(List.of(), rule.check(record(project())));
        assertEquals(List.of(), rule.check(record(project().dates(LocalDate.of(2020, 9, 30), null))));
        assertEquals(List.of(), rule.check(record(project().fiscalYear(null))));
        assertEquals(List.of(), rule.check(record(project().dates(null, null).fiscalYear(FiscalYear.ofBuddhistYear(2565)))));
    }
}
