package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.Severity;
import raingan.model.StatusCategory;

/**
 * {@code report.flag-conflict}: an entry's ticks contradict its status. A cancelled
 * project marked on plan or on target, or a completed one below 100 %, cannot be true
 * (error); a suspended project marked on plan or on target is suspicious (warning).
 * At most one finding per entry, since an entry has one status category.
 */
public final class ReportFlagConflictRule implements AuditRule {

    public static final String RULE = "report.flag-conflict";

    @Override
    public List<Finding> check(ReportRecord record) {
        List<Finding> findings = new ArrayList<>();
        List<ReportEntry> reports = record.reports();
        for (int i = 0; i < reports.size(); i++) {
            ReportEntry entry = reports.get(i);
            StatusCategory category = entry.statusCategory();
            if (category == null) {
                continue;
            }
            String ticks = ticks(entry);
            String at = Wording.entryPointer(i);
            switch (category) {
                case CANCELLED -> {
                    if (ticks != null) {
                        findings.add(new Finding(RULE, Severity.ERROR, at, Wording.entry(entry, i) + " is marked "
                                + ticks + " although its status says the project is cancelled."));
                    }
                }
                case SUSPENDED -> {
                    if (ticks != null) {
                        findings.add(new Finding(RULE, Severity.WARNING, at, Wording.entry(entry, i) + " is marked "
                                + ticks + " although its status says the project is suspended."));
                    }
                }
                case COMPLETED -> {
                    Double progress = entry.progressPercent();
                    if (progress != null && progress < 100) {
                        findings.add(new Finding(RULE, Severity.ERROR, at, Wording.entry(entry, i)
                                + " says the project is completed but reports progress of "
                                + Wording.percent(progress) + " instead of 100 %."));
                    }
                }
                default -> {
                    // other categories say nothing the ticks could contradict
                }
            }
        }
        return findings;
    }

    /** "on plan", "on target", "on plan and on target", or null when neither is ticked. */
    private static String ticks(ReportEntry entry) {
        boolean plan = Boolean.TRUE.equals(entry.onPlan());
        boolean target = Boolean.TRUE.equals(entry.onTarget());
        if (plan && target) {
            return "on plan and on target";
        }
        return plan ? "on plan" : target ? "on target" : null;
    }
}
