package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.ingest.audit.Fixtures.CANCELLED;
import static raingan.ingest.audit.Fixtures.COMPLETED;
import static raingan.ingest.audit.Fixtures.SUSPENDED;
import static raingan.ingest.audit.Fixtures.entry;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Finding;
import raingan.model.Severity;
import raingan.model.StatusCategory;

class ReportFlagConflictRuleTest {

    private final ReportFlagConflictRule rule = new ReportFlagConflictRule();

    @Test
    void suspendedOnPlanIsAWarningNamingTheReport() {
        List<Finding> findings = rule.check(record(
                entry(8, "19/5/2563").status(SUSPENDED, StatusCategory.SUSPENDED).progress(6.0).flags(true, true)));
        assertEquals(List.of(key("report.flag-conflict", "/reports/0", Severity.WARNING)), keys(findings));
        assertEquals("Report 8 (19/5/2563) is marked on plan and on target although its status says"
                + " the project is suspended.", findings.get(0).message());
    }

    @Test
    void cancelledOnTargetIsAnError() {
        List<Finding> findings = rule.check(record(
                entry(10, "15/7/2563").status(CANCELLED + " เนื่องจาก", StatusCategory.CANCELLED).flags(false, true)));
        assertEquals(List.of(key("report.flag-conflict", "/reports/0", Severity.ERROR)), keys(findings));
        assertTrue(findings.get(0).message().contains("on target although"), findings.get(0).message());
    }

    @Test
    void completedBelowHundredPercentIsAnError() {
        List<Finding> findings = rule.check(record(
                entry(12, "29/9/2563").status(COMPLETED, StatusCategory.COMPLETED).progress(95.0)));
        assertEquals(List.of(key("report.flag-conflict", "/reports/0", Severity.ERROR)), keys(findings));
        assertTrue(findings.get(0).message().contains("95 %"), findings.get(0).message());
    }

    @Test
    void consistentTicksAreFine() {
        assertEquals(List.of(), rule.check(record(
                entry(1, "15/10/2562").flags(true, true),
                entry(2, "17/3/2563").status(SUSPENDED, StatusCategory.SUSPENDED).flags(false, false),
                entry(3, "17/6/2563").status(SUSPENDED, StatusCategory.SUSPENDED).flags(null, null),
                entry(4, "15/7/2563").status(CANCELLED, StatusCategory.CANCELLED).flags(false, false),
                entry(5, "29/9/2563").status(COMPLETED, StatusCategory.COMPLETED).progress(100.0),
                entry(6, "30/9/2563").status(COMPLETED, StatusCategory.COMPLETED).progress(null),
                entry(7, null).blank())));
    }
}
