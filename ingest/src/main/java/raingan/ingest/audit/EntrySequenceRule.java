package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;

/**
 * A rule that reads the entries in print order and judges each against the earlier entry it
 * should follow on from: the latest one that printed the value the rule compares (a date, a
 * percentage, a report number) and was kept as the reference. The walk, the entries that
 * print no value and the keeping of the reference are written once, here.
 *
 * @param <V> the value compared
 */
abstract class EntrySequenceRule<V> implements AuditRule {

    /** An entry at its position, with the value the rule reads from it (null when it prints none). */
    record Placed<V>(ReportEntry entry, int index, V value) {

        String pointer() {
            return Wording.entryPointer(index);
        }

        /** The entry as a reader finds it on the page (see {@link Wording#entry}). */
        String name() {
            return Wording.entry(entry, index);
        }
    }

    /** The value compared, or null when the entry prints none. */
    abstract V value(ReportEntry entry);

    /**
     * The finding for an entry that prints a value, or null when it follows on from {@code reference}.
     *
     * @param reference the earlier entry kept as the reference, or null for the first entry with a value
     */
    abstract Finding judge(ReportRecord record, Placed<V> entry, Placed<V> reference);

    /** The finding for an entry that prints no value, or null; by default such entries are passed over. */
    Finding judgeWithoutValue(Placed<V> entry, Placed<V> reference) {
        return null;
    }

    /**
     * Whether an entry that breaks the run from {@code reference} follows on from {@code settled},
     * the latest entry that broke nothing: then the break before it was a single slip, already
     * reported, and the entry is fine. By default it is not.
     */
    boolean resumesFrom(Placed<V> entry, Placed<V> settled) {
        return false;
    }

    /** Whether an entry with a value becomes the reference of the entries after it; by default each does. */
    boolean becomesReference(Placed<V> entry, Finding finding) {
        return true;
    }

    @Override
    public final List<Finding> check(ReportRecord record) {
        List<Finding> findings = new ArrayList<>();
        List<ReportEntry> reports = record.reports();
        Placed<V> reference = null;
        Placed<V> settled = null;
        for (int i = 0; i < reports.size(); i++) {
            ReportEntry e = reports.get(i);
            Placed<V> entry = new Placed<>(e, i, value(e));
            Finding finding = entry.value() == null ? judgeWithoutValue(entry, reference)
                    : judge(record, entry, reference);
            if (finding != null && entry.value() != null && settled != null && settled != reference
                    && resumesFrom(entry, settled)) {
                finding = null;
            }
            if (finding != null) {
                findings.add(finding);
            }
            if (entry.value() != null && becomesReference(entry, finding)) {
                reference = entry;
            }
            if (entry.value() != null && finding == null) {
                settled = entry;
            }
        }
        return findings;
    }
}
