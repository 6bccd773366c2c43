package raingan.ingest.audit;

import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.RuleId;
import raingan.model.Severity;

/** {@code report.empty}: a numbered report entry was printed with nothing but its number. */
public final class ReportEmptyRule implements EntryRule {

    @Override
    public Finding check(ReportEntry entry, int i) {
        if (entry.no() == null || !entry.isEmpty()) {
            return null;
        }
        return new Finding(RuleId.REPORT_EMPTY, Severity.WARNING, Wording.entryPointer(i),
                "Report " + entry.no() + " is printed without a date, status, progress or budget;"
                        + " ask the agency whether this report was ever filed.");
    }
}
