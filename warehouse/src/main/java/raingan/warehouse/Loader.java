package raingan.warehouse;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import raingan.model.RecordJson;

/**
 * Loads records into a warehouse, a group of documents per transaction. Each document is loaded
 * whole or not at all: a group that fails is rolled back and loaded again one document per
 * transaction, so the record at fault is rejected, with its location and the reason, and the rest
 * are loaded. A load killed at any moment leaves every document as the last commit left it (the
 * group under way as it was before), and loading again completes it: records already stored
 * unchanged are left alone.
 */
public final class Loader {

    /** Documents per transaction: a commit costs a disk flush (2–3 ms), a document's rows far less. */
    public static final int DEFAULT_GROUP = 500;

    private final int group;
    private final RecordJson json = new RecordJson();

    /**
     * @param group documents per transaction, at least 1 (1: every document commits on its own)
     * @throws IllegalArgumentException if {@code group} is below 1
     */
    public Loader(int group) {
        if (group < 1) {
            throw new IllegalArgumentException("--group must be at least 1 document per transaction, was " + group);
        }
        this.group = group;
    }

    /**
     * Loads every record of {@code source} into {@code warehouse}.
     *
     * @throws IOException if the source cannot be read on, or the warehouse is lost
     *                     ({@link WarehouseException}); what was committed stays
     */
    public LoadSummary load(Warehouse warehouse, RecordSource source) throws IOException {
        LoadTally tally = new LoadTally();
        try (DocumentTransactions transactions = new DocumentTransactions(warehouse,
                new DocumentWriter(warehouse.connection(), warehouse.target().engine(), json))) {
            List<RecordInput> pending = new ArrayList<>(group);
            for (RecordInput in; (in = source.next()) != null; ) {
                if (in.problem() != null) {
                    tally.reject(new Rejection(in.location(), in.problem()));
                    continue;
                }
                pending.add(in);
                if (pending.size() == group) {
                    commit(transactions, pending, tally);
                    pending.clear();
                }
            }
            commit(transactions, pending, tally);
        } catch (SQLException e) {
            throw new WarehouseException("cannot load into " + warehouse.target() + ": " + Warehouse.firstLine(e), e);
        }
        return tally.summary(warehouse.target());
    }

    /** One transaction for the group; when it fails, one for each of its records, to reject the one at fault. */
    private static void commit(DocumentTransactions transactions, List<RecordInput> inputs, LoadTally tally)
            throws WarehouseException {
        if (inputs.isEmpty()) {
            return;
        }
        List<DocumentWriter.Put> puts = new ArrayList<>(inputs.size());
        for (RecordInput in : inputs) {
            puts.add(new DocumentWriter.Put(in.record().source() == null ? null : in.record().source().file(),
                    in.record()));
        }
        try {
            transactions.put(puts).forEach(tally::count);
        } catch (InvalidRecordException e) {
            if (inputs.size() == 1) {
                tally.reject(new Rejection(inputs.get(0).location(), e.getMessage()));
                return;
            }
            for (RecordInput in : inputs) {
                commit(transactions, List.of(in), tally);
            }
        }
    }
}
