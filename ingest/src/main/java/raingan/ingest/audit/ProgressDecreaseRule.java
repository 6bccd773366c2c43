package raingan.ingest.audit;

import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code report.progress-decrease}: an entry reports less progress than the previous
 * entry that reported any. Entries without a percentage are skipped.
 */
public final class ProgressDecreaseRule extends EntrySequenceRule<Double> {

    @Override
    Double value(ReportEntry entry) {
        return entry.progressPercent();
    }

    @Override
    Finding judge(ReportRecord record, Placed<Double> entry, Placed<Double> previous) {
        // negated so that a NaN percentage, which is neither more nor less, is no decrease
        if (previous == null || !(entry.value() < previous.value())) {
            return null;
        }
        return new Finding(RuleId.REPORT_PROGRESS_DECREASE, Severity.WARNING, entry.pointer(),
                entry.name() + " reports progress of " + Wording.percent(entry.value())
                        + ", down from " + Wording.percent(previous.value()) + " in " + previous.name()
                        + "; progress should not go down.");
    }
}
