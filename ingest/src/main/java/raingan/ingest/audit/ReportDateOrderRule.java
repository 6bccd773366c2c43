package raingan.ingest.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code report.date-order}: an entry is dated earlier than the latest entry before it.
 * Entries without a date are skipped; an equal date is not a finding.
 */
public final class ReportDateOrderRule implements AuditRule {

    @Override
    public List<Finding> check(ReportRecord record) {
        List<Finding> findings = new ArrayList<>();
        List<ReportEntry> reports = record.reports();
        LocalDate latest = null;
        int latestIndex = -1;
        for (int i = 0; i < reports.size(); i++) {
            ReportEntry entry = reports.get(i);
            LocalDate date = entry.date();
            if (date == null) {
                continue;
            }
            if (latest != null && date.isBefore(latest)) {
                findings.add(new Finding(RuleId.REPORT_DATE_ORDER, Severity.WARNING, Wording.entryPointer(i),
                        Wording.entry(entry, i) + " is dated " + date + ", earlier than "
                                + Wording.entry(reports.get(latestIndex), latestIndex) + " (" + latest
                                + ") printed before it; check both dates."));
            } else {
                latest = date;
                latestIndex = i;
            }
        }
        return findings;
    }
}
