package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.Severity;

/** {@code report.missing-progress}: an entry has a date and a status but no progress percentage. */
public final class ReportMissingProgressRule implements AuditRule {

    public static final String RULE = "report.missing-progress";

    @Override
    public List<Finding> check(ReportRecord record) {
        List<Finding> findings = new ArrayList<>();
        List<ReportEntry> reports = record.reports();
        for (int i = 0; i < reports.size(); i++) {
            ReportEntry entry = reports.get(i);
            boolean dated = entry.date() != null || entry.dateText() != null;
            boolean hasStatus = entry.status() != null && !entry.status().isBlank();
            if (dated && hasStatus && entry.progressPercent() == null) {
                findings.add(new Finding(RULE, Severity.WARNING, Wording.entryPointer(i),
                        Wording.entry(entry, i) + " gives a status but no progress percentage"
                                + " (ความก้าวหน้าของงาน); add the figure from the printed page or ask the agency for it."));
            }
        }
        return findings;
    }
}
