package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code report.progress-decrease}: an entry reports less progress than the previous
 * entry that reported any. Entries without a percentage are skipped.
 */
public final class ProgressDecreaseRule implements AuditRule {

    @Override
    public List<Finding> check(ReportRecord record) {
        List<Finding> findings = new ArrayList<>();
        List<ReportEntry> reports = record.reports();
        Double previous = null;
        int previousIndex = -1;
        for (int i = 0; i < reports.size(); i++) {
            ReportEntry entry = reports.get(i);
            Double progress = entry.progressPercent();
            if (progress == null) {
                continue;
            }
            if (previous != null && progress < previous) {
                findings.add(new Finding(RuleId.REPORT_PROGRESS_DECREASE, Severity.WARNING, Wording.entryPointer(i),
                        Wording.entry(entry, i) + " reports progress of " + Wording.percent(progress)
                                + ", down from " + Wording.percent(previous) + " in "
                                + Wording.entry(reports.get(previousIndex), previousIndex)
                                + "; progress should not go down."));
            }
            previous = progress;
            previousIndex = i;
        }
        return findings;
    }
}
