package raingan.ingest.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code report.date-outside-project}: an entry is dated before the project started, or
 * more than {@value #GRACE_DAYS} days after it ended (reports on closing a project may
 * come some months late; a year later is more likely a misread year). A bound the
 * project does not give is not checked.
 */
public final class ReportDateOutsideProjectRule implements AuditRule {

    public static final int GRACE_DAYS = 365;

    @Override
    public List<Finding> check(ReportRecord record) {
        Project project = record.project();
        if (project == null || (project.startDate() == null && project.endDate() == null)) {
            return List.of();
        }
        LocalDate start = project.startDate();
        LocalDate end = project.endDate();
        List<Finding> findings = new ArrayList<>();
        List<ReportEntry> reports = record.reports();
        for (int i = 0; i < reports.size(); i++) {
            ReportEntry entry = reports.get(i);
            LocalDate date = entry.date();
            if (date == null) {
                continue;
            }
            if (start != null && date.isBefore(start)) {
                findings.add(new Finding(RuleId.REPORT_DATE_OUTSIDE_PROJECT, Severity.WARNING, Wording.entryPointer(i),
                        Wording.entry(entry, i) + " is dated " + date + ", before the project started on "
                                + start + "; check the report's year."));
            } else if (end != null && date.isAfter(end.plusDays(GRACE_DAYS))) {
                findings.add(new Finding(RuleId.REPORT_DATE_OUTSIDE_PROJECT, Severity.WARNING, Wording.entryPointer(i),
                        Wording.entry(entry, i) + " is dated " + date + ", more than " + GRACE_DAYS
                                + " days after the project ended on " + end + "; check the report's year."));
            }
        }
        return findings;
    }
}
