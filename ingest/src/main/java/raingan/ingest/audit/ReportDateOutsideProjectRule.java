package raingan.ingest.audit;

import java.time.LocalDate;
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
public final class ReportDateOutsideProjectRule extends EntrySequenceRule<LocalDate> {

    public static final int GRACE_DAYS = 365;

    @Override
    LocalDate value(ReportEntry entry) {
        return entry.date();
    }

    /** Judged against the project's dates, not against the entries before it. */
    @Override
    Finding judge(ReportRecord record, Placed<LocalDate> entry, Placed<LocalDate> ignored) {
        Project project = record.project();
        if (project == null) {
            return null;
        }
        LocalDate date = entry.value();
        LocalDate start = project.startDate();
        LocalDate end = project.endDate();
        if (start != null && date.isBefore(start)) {
            return new Finding(RuleId.REPORT_DATE_OUTSIDE_PROJECT, Severity.WARNING, entry.pointer(),
                    entry.name() + " is dated " + date + ", before the project started on " + start
                            + "; check the report's year.");
        }
        if (end != null && date.isAfter(end.plusDays(GRACE_DAYS))) {
            return new Finding(RuleId.REPORT_DATE_OUTSIDE_PROJECT, Severity.WARNING, entry.pointer(),
                    entry.name() + " is dated " + date + ", more than " + GRACE_DAYS
                            + " days after the project ended on " + end + "; check the report's year.");
        }
        return null;
    }
}
