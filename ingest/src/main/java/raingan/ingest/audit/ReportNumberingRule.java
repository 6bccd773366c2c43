package raingan.ingest.audit;

import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code report.numbering}: entry numbers skip, repeat, or an entry has none. Entries are
 * expected to run 1, 2, 3 … in document order. An entry whose number breaks the run gets
 * one finding and the run resumes from its number (1, 2, 4, 5 is one break), unless the entry
 * after it follows on from the run before it (6, 1, 8: one misprinted or misread number), so
 * a single slip is reported once. An entry without a number gets a finding and is taken to
 * stand in its position, so that 1, (none), 3 is one break, not two.
 */
public final class ReportNumberingRule extends EntrySequenceRule<Integer> {

    @Override
    Integer value(ReportEntry entry) {
        return entry.no();
    }

    @Override
    Finding judge(ReportRecord record, Placed<Integer> entry, Placed<Integer> lastNumbered) {
        int expected = expected(entry, lastNumbered);
        if (entry.value() == expected) {
            return null;
        }
        String what = entry.value() < expected ? "repeats or goes back" : "skips ahead";
        return new Finding(RuleId.REPORT_NUMBERING, Severity.WARNING, entry.pointer(),
                entry.name() + " " + what + ": report " + expected
                        + " was expected at this position; check the numbering of the reports.");
    }

    @Override
    Finding judgeWithoutValue(Placed<Integer> entry, Placed<Integer> lastNumbered) {
        return new Finding(RuleId.REPORT_NUMBERING, Severity.WARNING, entry.pointer(),
                entry.name() + " has no report number where report " + expected(entry, lastNumbered)
                        + " was expected; check whether it repeats another report or lost its number.");
    }

    @Override
    boolean resumesFrom(Placed<Integer> entry, Placed<Integer> settled) {
        return entry.value() == expected(entry, settled);
    }

    /** The run goes on from the last numbered entry, one number per position, unnumbered ones included. */
    private static int expected(Placed<Integer> entry, Placed<Integer> lastNumbered) {
        return lastNumbered == null ? entry.index() + 1 : lastNumbered.value() + entry.index() - lastNumbered.index();
    }
}
