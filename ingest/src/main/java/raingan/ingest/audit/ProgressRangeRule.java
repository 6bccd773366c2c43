package raingan.ingest.audit;

import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.RuleId;
import raingan.model.Severity;

/** {@code report.progress-range}: a progress percentage below 0 or above 100. */
public final class ProgressRangeRule implements EntryRule {

    @Override
    public Finding check(ReportEntry entry, int i) {
        Double progress = entry.progressPercent();
        // written as a negated range so that NaN, which is no percentage at all, is caught too
        if (progress == null || (progress >= 0 && progress <= 100)) {
            return null;
        }
        return new Finding(RuleId.REPORT_PROGRESS_RANGE, Severity.ERROR, Wording.entryPointer(i),
                Wording.entry(entry, i) + " reports progress of " + Wording.percent(progress)
                        + ", outside 0 to 100 %; check the printed figure.");
    }
}
