package raingan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One input document as a structured, audited record: the output contract of
 * {@code shared/spec/OUTPUT.md}, schema version {@value #SCHEMA_VERSION}.
 *
 * <p>A document that is not a recognised form has {@code form = "unknown"}, a null
 * project and no reports; its findings say so.
 *
 * <p>{@code provenance}, an extension of the contract, maps JSON Pointers of the record's values
 * to where on which page each was read. It is left out (not null) for documents without pages
 * to point into: text exports and office files.
 */
@JsonPropertyOrder({"schemaVersion", "form", "source", "project", "reports", "findings", "provenance"})
public record ReportRecord(
        int schemaVersion,
        String form,
        Source source,
        Project project,
        List<ReportEntry> reports,
        List<Finding> findings,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, FieldSource> provenance) {

    public static final int SCHEMA_VERSION = 1;
    public static final String FORM_BMA_PROGRESS = "bma.project-progress";
    public static final String FORM_UNKNOWN = "unknown";

    public ReportRecord {
        reports = reports == null ? List.of() : List.copyOf(reports);
        findings = findings == null ? List.of() : List.copyOf(findings);
        // In the order given (the record's own order), and unchangeable.
        provenance = provenance == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** A record without provenance. */
    public ReportRecord(int schemaVersion, String form, Source source, Project project, List<ReportEntry> reports,
                        List<Finding> findings) {
        this(schemaVersion, form, source, project, reports, findings, null);
    }

    public ReportRecord withFindings(List<Finding> newFindings) {
        return new ReportRecord(schemaVersion, form, source, project, reports, newFindings, provenance);
    }

    public ReportRecord withSource(Source newSource) {
        return new ReportRecord(schemaVersion, form, newSource, project, reports, findings, provenance);
    }

    public ReportRecord withProvenance(Map<String, FieldSource> newProvenance) {
        return new ReportRecord(schemaVersion, form, source, project, reports, findings, newProvenance);
    }
}
