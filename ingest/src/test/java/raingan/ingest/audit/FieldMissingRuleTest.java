package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.project;
import static raingan.ingest.audit.Fixtures.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Finding;
import raingan.model.ReportRecord;
import raingan.model.Severity;

class FieldMissingRuleTest {

    private final FieldMissingRule rule = new FieldMissingRule();

    @Test
    void completeProjectHasNoFinding() {
        assertEquals(List.of(), rule.check(record(project())));
    }

    @Test
    void eachMissingFieldIsReportedAtItsPointer() {
        ReportRecord record = record(project().name(null).code(" ").fiscalYear(null).agency(List.of()));
        assertEquals(List.of(
                key("field.missing", "/project/name", Severity.ERROR),
                key("field.missing", "/project/code", Severity.ERROR),
                key("field.missing", "/project/fiscalYear", Severity.ERROR),
                key("field.missing", "/project/agency", Severity.ERROR)), keys(rule.check(record)));
    }

    @Test
    void nullAgencyIsMissing() {
        List<Finding> findings = rule.check(record(project().agency(null)));
        assertEquals(List.of(key("field.missing", "/project/agency", Severity.ERROR)), keys(findings));
        assertTrue(findings.get(0).message().contains("หน่วยงานที่รับผิดชอบ"), findings.get(0).message());
    }

    @Test
    void unknownFormGivesExactlyOneFindingAtProject() {
        ReportRecord unknown = new ReportRecord(1, ReportRecord.FORM_UNKNOWN, null, null, List.of(), List.of());
        assertEquals(List.of(key("field.missing", "/project", Severity.ERROR)), keys(rule.check(unknown)));
    }

    @Test
    void unknownFormWithStrayProjectStillGivesOneFinding() {
        ReportRecord unknown = new ReportRecord(1, ReportRecord.FORM_UNKNOWN, null,
                project().name(null).code(null).build(), List.of(), List.of());
        assertEquals(List.of(key("field.missing", "/project", Severity.ERROR)), keys(rule.check(unknown)));
    }

    @Test
    void recognisedFormWithoutProjectSectionGivesOneFinding() {
        ReportRecord record = new ReportRecord(1, ReportRecord.FORM_BMA_PROGRESS, null, null, List.of(), List.of());
        assertEquals(List.of(key("field.missing", "/project", Severity.ERROR)), keys(rule.check(record)));
    }
}
