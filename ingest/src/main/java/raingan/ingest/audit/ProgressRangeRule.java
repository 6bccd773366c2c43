package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.Severity;

/** {@code report.progress-range}: a progress percentage below 0 or above 100. */
public final class ProgressRangeRule implements AuditRule {

    public static final String RULE = "report.progress-range";

    @Override
    public List<Finding> check(ReportRecord record) {
        List<Finding> findings = new ArrayList<>();
        List<ReportEntry> reports = record.reports();
        for (int i = 0; i < reports.size(); i++) {
            ReportEntry entry = reports.get(i);
            Double progress = entry.progressPercent();
            // written as a negated range so that NaN, which is no percentage at all, is caught too
            if (progress != null && !(progress >= 0 && progress <= 100)) {
                findings.add(new Finding(RULE, Severity.ERROR, Wording.entryPointer(i),
                        Wording.entry(entry, i) + " reports progress of " + Wording.percent(progress)
                                + ", outside 0 to 100 %; check the printed figure."));
            }
        }
        return findings;
    }
}
