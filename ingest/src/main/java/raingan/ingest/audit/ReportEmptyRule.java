package raingan.ingest.audit;

import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.Severity;

/** {@code report.empty}: a numbered report entry was printed with nothing but its number. */
public final class ReportEmptyRule implements EntryRule {

    public static final String RULE = "report.empty";

    @Override
    public Finding check(ReportEntry entry, int i) {
        if (entry.no() == null || !entry.isEmpty()) {
            return null;
        }
        return new Finding(RULE, Severity.WARNING, Wording.entryPointer(i),
                "Report " + entry.no() + " is printed without a date, status, progress or budget;"
                        + " ask the agency whether this report was ever filed.");
    }
}
