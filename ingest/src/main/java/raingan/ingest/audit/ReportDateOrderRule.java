package raingan.ingest.audit;

import java.time.LocalDate;
import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code report.date-order}: an entry is dated earlier than the latest entry before it.
 * Entries without a date are skipped; an equal date is not a finding.
 */
public final class ReportDateOrderRule extends EntrySequenceRule<LocalDate> {

    @Override
    LocalDate value(ReportEntry entry) {
        return entry.date();
    }

    @Override
    Finding judge(ReportRecord record, Placed<LocalDate> entry, Placed<LocalDate> latest) {
        if (latest == null || !entry.value().isBefore(latest.value())) {
            return null;
        }
        return new Finding(RuleId.REPORT_DATE_ORDER, Severity.WARNING, entry.pointer(),
                entry.name() + " is dated " + entry.value() + ", earlier than " + latest.name() + " ("
                        + latest.value() + ") printed before it; check both dates.");
    }

    /** An entry dated too early is not the latest: the ones after it are compared with the latest before it. */
    @Override
    boolean becomesReference(Placed<LocalDate> entry, Finding finding) {
        return finding == null;
    }
}
