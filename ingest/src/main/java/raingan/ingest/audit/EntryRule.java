package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;

/** A rule that judges each report entry on its own; the walk over the entries is written once, here. */
interface EntryRule extends AuditRule {

    /** The finding for entry {@code index}, or null when the entry is consistent. */
    Finding check(ReportEntry entry, int index);

    @Override
    default List<Finding> check(ReportRecord record) {
        List<Finding> findings = new ArrayList<>();
        List<ReportEntry> reports = record.reports();
        for (int i = 0; i < reports.size(); i++) {
            Finding finding = check(reports.get(i), i);
            if (finding != null) {
                findings.add(finding);
            }
        }
        return findings;
    }
}
