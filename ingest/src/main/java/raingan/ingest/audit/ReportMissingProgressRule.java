package raingan.ingest.audit;

import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.RuleId;
import raingan.model.Severity;

/** {@code report.missing-progress}: an entry has a date and a status but no progress percentage. */
public final class ReportMissingProgressRule implements EntryRule {

    @Override
    public Finding check(ReportEntry entry, int i) {
        boolean dated = entry.date() != null || entry.dateText() != null;
        boolean hasStatus = entry.status() != null && !entry.status().isBlank();
        if (!dated || !hasStatus || entry.progressPercent() != null) {
            return null;
        }
        return new Finding(RuleId.REPORT_MISSING_PROGRESS, Severity.WARNING, Wording.entryPointer(i),
                Wording.entry(entry, i) + " gives a status but no progress percentage"
                        + " (ความก้าวหน้าของงาน); add the figure from the printed page or ask the agency for it.");
    }
}
