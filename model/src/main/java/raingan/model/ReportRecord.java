package raingan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One input document as a structured, audited record: the output contract of
 * {@code shared/spec/OUTPUT.md}, schema version {@value #SCHEMA_VERSION}.
 *
 * <p>A document that is not a recognised form has {@code form = "unknown"}, a null
 * project and no reports; its findings say so.
 */
@JsonPropertyOrder({"schemaVersion", "form", "source", "project", "reports", "findings"})
public record ReportRecord(
        int schemaVersion,
        String form,
        Source source,
        Project project,
        List<ReportEntry> reports,
        List<Finding> findings) {

    public static final int SCHEMA_VERSION = 1;
    public static final String FORM_BMA_PROGRESS = "bma.project-progress";
    public static final String FORM_UNKNOWN = "unknown";

    public ReportRecord {
        reports = reports == null ? List.of() : List.copyOf(reports);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public ReportRecord withFindings(List<Finding> newFindings) {
        return new ReportRecord(schemaVersion, form, source, project, reports, newFindings);
    }

    public ReportRecord withSource(Source newSource) {
        return new ReportRecord(schemaVersion, form, newSource, project, reports, findings);
    }
}
