package raingan.ingest.audit;

import java.util.List;
import raingan.model.Finding;
import raingan.model.FiscalYear;
import raingan.model.Project;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/** {@code project.fiscal-year-mismatch}: the project starts outside its fiscal year. */
public final class FiscalYearMismatchRule implements AuditRule {

    @Override
    public List<Finding> check(ReportRecord record) {
        Project project = record.project();
        if (project == null || project.startDate() == null || project.fiscalYear() == null) {
            return List.of();
        }
        FiscalYear year = project.fiscalYear();
        if (year.start() == null || year.end() == null || year.contains(project.startDate())) {
            return List.of();
        }
        return List.of(new Finding(RuleId.PROJECT_FISCAL_YEAR_MISMATCH, Severity.WARNING, "/project/startDate",
                "The project starts on " + project.startDate() + ", outside its fiscal year " + year.be()
                        + " (" + year.start() + " to " + year.end() + "); check the start date and the fiscal year."));
    }
}
