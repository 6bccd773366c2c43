package raingan.warehouse;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

/**
 * Loads records into a warehouse, a group of documents per transaction. Each document is loaded
 * whole or not at all: a group that fails is rolled back and loaded again one document per
 * transaction, so the record at fault is rejected, with its location and the reason, and the rest
 * are loaded. A load killed at any moment leaves every document as the last commit left it (the
 * group under way as it was before), and loading again completes it: records already stored
 * unchanged are left alone.
 */
public final class Loader {

    /**
     * Documents per transaction. Each statement and commit has a fixed cost that the group's
     * records share: DuckDB spends about 20 ms of CPU on a group of one, and under 1 ms a record
     * on a group of 500.
     */
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
            List<DocumentWriter.Put> pending = new ArrayList<>(group);
            for (RecordInput in; (in = source.next()) != null; ) {
                if (in.problem() != null) {
                    tally.reject(new Rejection(in.location(), in.problem()));
                    continue;
                }
                ReportRecord r = in.record();
                pending.add(new DocumentWriter.Put(r.source() == null ? null : r.source().file(), r, in.location()));
                if (pending.size() == group) {
                    transactions.putGroup(pending, tally);
                    pending.clear();
                }
            }
            transactions.putGroup(pending, tally);
        } catch (SQLException e) {
            throw new WarehouseException("cannot load into " + warehouse.target() + ": " + Warehouse.firstLine(e), e);
        }
        return tally.summary(warehouse.target());
    }
}
