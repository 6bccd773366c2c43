package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.Project;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code field.missing}: the project lacks a field every report of the form carries
 * (name, code, fiscal year, agency). A document that is not the form at all, or whose
 * project section could not be found, gets one finding at {@code /project} instead of one
 * per field. A blank name or code counts as missing, and so does an empty agency list.
 */
public final class FieldMissingRule implements AuditRule {

    @Override
    public List<Finding> check(ReportRecord record) {
        if (ReportRecord.FORM_UNKNOWN.equals(record.form())) {
            return List.of(new Finding(RuleId.FIELD_MISSING, Severity.ERROR, "/project",
                    "The document is not a recognised BMA project progress report, so no project data"
                            + " could be read; check that the right file was supplied."));
        }
        Project project = record.project();
        if (project == null) {
            return List.of(new Finding(RuleId.FIELD_MISSING, Severity.ERROR, "/project",
                    "The project section (section 1) of the report could not be found;"
                            + " check the first page of the document."));
        }
        List<Finding> findings = new ArrayList<>();
        if (isBlank(project.name())) {
            findings.add(missing("name", "project name (ชื่อโครงการ/กิจกรรม)"));
        }
        if (isBlank(project.code())) {
            findings.add(missing("code", "project code (รหัสโครงการ)"));
        }
        if (project.fiscalYear() == null) {
            findings.add(missing("fiscalYear", "fiscal year (ปีงบประมาณ)"));
        }
        if (project.agency() == null || project.agency().isEmpty()) {
            findings.add(missing("agency", "responsible agency (หน่วยงานที่รับผิดชอบ)"));
        }
        return findings;
    }

    private static Finding missing(String field, String description) {
        return new Finding(RuleId.FIELD_MISSING, Severity.ERROR, "/project/" + field,
                "The " + description + " is missing from the project section; fill it in from the printed form.");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
