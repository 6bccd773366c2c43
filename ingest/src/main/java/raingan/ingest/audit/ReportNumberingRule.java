package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code report.numbering}: entry numbers skip, repeat, or an entry has none. Entries are
 * expected to run 1, 2, 3 … in document order. An entry whose number breaks the run gets
 * one finding and the run resumes from its number, so a single slip is reported once. An
 * entry without a number gets a finding and is taken to stand in its position, so that
 * 1, (none), 3 is one break, not two.
 */
public final class ReportNumberingRule implements AuditRule {

    @Override
    public List<Finding> check(ReportRecord record) {
        List<Finding> findings = new ArrayList<>();
        List<ReportEntry> reports = record.reports();
        int expected = 1;
        for (int i = 0; i < reports.size(); i++) {
            ReportEntry entry = reports.get(i);
            Integer no = entry.no();
            if (no == null) {
                findings.add(new Finding(RuleId.REPORT_NUMBERING, Severity.WARNING, Wording.entryPointer(i),
                        Wording.entry(entry, i) + " has no report number where report " + expected
                                + " was expected; check whether it repeats another report or lost its number."));
                expected++;
            } else {
                if (no != expected) {
                    String what = no < expected ? "repeats or goes back" : "skips ahead";
                    findings.add(new Finding(RuleId.REPORT_NUMBERING, Severity.WARNING, Wording.entryPointer(i),
                            Wording.entry(entry, i) + " " + what + ": report " + expected
                                    + " was expected at this position; check the numbering of the reports."));
                }
                expected = no + 1;
            }
        }
        return findings;
    }
}
