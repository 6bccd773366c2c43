package raingan.ingest.audit;

import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.RuleId;
import raingan.model.Severity;
import raingan.model.StatusCategory;

/**
 * {@code report.flag-conflict}: an entry's ticks contradict its status. A cancelled
 * project marked on plan or on target, or a completed one below 100 %, cannot be true
 * (error); a suspended project marked on plan or on target is suspicious (warning).
 * At most one finding per entry, since an entry has one status category.
 */
public final class ReportFlagConflictRule implements EntryRule {

    @Override
    public Finding check(ReportEntry entry, int i) {
        StatusCategory category = entry.statusCategory();
        if (category == null) {
            return null;
        }
        String ticks = ticks(entry);
        String at = Wording.entryPointer(i);
        return switch (category) {
            case CANCELLED -> ticks == null ? null : new Finding(RuleId.REPORT_FLAG_CONFLICT, Severity.ERROR, at, Wording.entry(entry, i)
                    + " is marked " + ticks + " although its status says the project is cancelled.");
            case SUSPENDED -> ticks == null ? null : new Finding(RuleId.REPORT_FLAG_CONFLICT, Severity.WARNING, at, Wording.entry(entry, i)
                    + " is marked " + ticks + " although its status says the project is suspended.");
            case COMPLETED -> {
                Double progress = entry.progressPercent();
                yield progress == null || progress >= 100 ? null : new Finding(RuleId.REPORT_FLAG_CONFLICT, Severity.ERROR, at,
                        Wording.entry(entry, i) + " says the project is completed but reports progress of "
                                + Wording.percent(progress) + " instead of 100 %.");
            }
            // other categories say nothing the ticks could contradict
            default -> null;
        };
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
