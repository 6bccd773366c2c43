package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static raingan.ingest.audit.Fixtures.CANCELLED;
import static raingan.ingest.audit.Fixtures.entry;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.project;
import static raingan.ingest.audit.Fixtures.record;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Finding;
import raingan.model.PageMethod;
import raingan.model.PageSource;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.Severity;
import raingan.model.Source;
import raingan.model.SourceMethod;
import raingan.model.StatusCategory;

class AuditorTest {

    private static final List<String> STANDARD_ORDER = List.of(
            "field.missing", "date.invalid", "report.empty", "report.missing-progress", "report.flag-conflict",
            "report.numbering", "report.date-order", "report.date-outside-project", "report.progress-decrease",
            "report.progress-range", "budget.overspent", "budget.disbursed-mismatch", "project.date-order",
            "project.fiscal-year-mismatch", "text.suspect-characters", "ocr.low-confidence");

    private final Auditor auditor = Auditor.standard();

    @Test
    void everyRuleFiresInTheStandardOrder() {
        ReportRecord record = record(
                project().name("โครงการแลกเปลี่ยນ").agency(null).budget("100", "200")
                        .dates(LocalDate.of(2019, 9, 15), LocalDate.of(2019, 9, 1)),
                entry(1, "15/10/2562").progress(150.0).disbursed(1, "50"),
                entry(2, null).blank(),
                entry(3, "17/12/2562").progress(null),
                entry(5, "1/9/2562").status(CANCELLED, StatusCategory.CANCELLED).progress(20.0).flags(true, false),
                entry(6, null).unreadableDate("31/2/2563"))
                .withSource(new Source("scan.pdf", "0".repeat(64), "application/pdf", 1, SourceMethod.OCR, 0.41,
                        List.of(new PageSource(1, PageMethod.OCR, 0.41, null))));
        List<Finding> findings = auditor.audit(record);
        assertEquals(STANDARD_ORDER, findings.stream().map(f -> f.rule().id()).distinct().toList());
        for (Finding f : findings) {
            assertFalse(f.message().isBlank(), f.rule().id());
        }
    }

    @Test
    void emptyUnknownRecordGetsExactlyOneFieldMissing() {
        ReportRecord unknown = new ReportRecord(ReportRecord.SCHEMA_VERSION, ReportRecord.FORM_UNKNOWN,
                null, null, null, null);
        assertEquals(List.of(key("field.missing", "/project", Severity.ERROR)), keys(auditor.audit(unknown)));
    }

    @Test
    void nullsEverywhereDoNotThrow() {
        Project nothing = new Project(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
        ReportEntry blank = new ReportEntry(null, null, null, null, null, null, null, null, null, null, null);
        Source source = new Source(null, null, null, 0, null, null,
                List.of(new PageSource(1, null, null, null)));
        ReportRecord record = new ReportRecord(ReportRecord.SCHEMA_VERSION, null, source, nothing,
                List.of(blank, blank), null);
        assertEquals(List.of(
                key("field.missing", "/project/name", Severity.ERROR),
                key("field.missing", "/project/code", Severity.ERROR),
                key("field.missing", "/project/fiscalYear", Severity.ERROR),
                key("field.missing", "/project/agency", Severity.ERROR),
                key("report.numbering", "/reports/0", Severity.WARNING),
                key("report.numbering", "/reports/1", Severity.WARNING)), keys(auditor.audit(record)));
    }

    @Test
    void recordWithoutProjectOrReportsIsOneFinding() {
        ReportRecord record = new ReportRecord(ReportRecord.SCHEMA_VERSION, ReportRecord.FORM_BMA_PROGRESS,
                null, null, null, null);
        assertEquals(List.of(key("field.missing", "/project", Severity.ERROR)), keys(auditor.audit(record)));
    }

    @Test
    void cleanReportHasNoFindings() {
        assertEquals(List.of(), auditor.audit(record(project().budget("500000", "120000"),
                entry(1, "15/10/2562").progress(10.0).disbursed(1, "20000"),
                entry(2, "18/11/2562").progress(40.0).disbursed(2, "100000"),
                entry(3, "17/12/2562").progress(40.0).disbursed(2, "100000"))));
    }

    @Test
    void auditingTwiceGivesTheSameFindings() {
        ReportRecord record = record(entry(1, "15/10/2562"), entry(3, "15/9/2562").progress(2.0));
        assertEquals(auditor.audit(record), auditor.audit(record));
    }
}
