package raingan.ingest.audit;

import java.util.List;
import raingan.model.Finding;
import raingan.model.Project;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/** {@code project.date-order}: the project ends before it starts. */
public final class ProjectDateOrderRule implements AuditRule {

    @Override
    public List<Finding> check(ReportRecord record) {
        Project project = record.project();
        if (project == null || project.startDate() == null || project.endDate() == null
                || !project.endDate().isBefore(project.startDate())) {
            return List.of();
        }
        return List.of(new Finding(RuleId.PROJECT_DATE_ORDER, Severity.ERROR, "/project/endDate",
                "The project ends on " + project.endDate() + ", before it starts on " + project.startDate()
                        + "; check both dates, one of them is misprinted or misread."));
    }
}
