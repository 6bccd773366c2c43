package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.Severity;

/** {@code report.empty}: a numbered report entry was printed with nothing but its number. */
public final class ReportEmptyRule implements AuditRule {

    public static final String RULE = "report.empty";

    @Override
    public List<Finding> check(ReportRecord record) {
        List<Finding> findings = new ArrayList<>();
        List<ReportEntry> reports = record.reports();
        for (int i = 0; i < reports.size(); i++) {
            ReportEntry entry = reports.get(i);
            if (entry.no() != null && entry.isEmpty()) {
                findings.add(new Finding(RULE, Severity.WARNING, Wording.entryPointer(i),
                        "Report " + entry.no() + " is printed without a date, status, progress or budget;"
                                + " ask the agency whether this report was ever filed."));
            }
        }
        return findings;
    }
}
