package raingan.warehouse;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import raingan.ingest.write.RecordSink;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

/**
 * The warehouse as a {@link RecordSink}, so that {@code raingan convert --db} loads records as they
 * are written: through the same groups, rows and keys as {@link Loader}. Records wait until
 * {@link #GROUP} have come or the first has waited {@link #MAX_WAIT} (a transaction per record
 * made a text batch 7 times slower), then go in together, each whole or not at all; {@link #close}
 * writes the rest. So a record the warehouse refuses is found when its group is written: it is
 * counted in {@link #summary}, not thrown by {@link #put}. A run killed with records waiting leaves
 * them out of the warehouse only: the next run, or {@code raingan load}, puts them in. Thread-safe:
 * calls are serialised.
 */
public final class WarehouseSink implements RecordSink, AutoCloseable {

    static final int GROUP = Loader.DEFAULT_GROUP;
    static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private final Warehouse warehouse;
    private final DocumentTransactions transactions;
    private final LoadTally tally = new LoadTally();
    private final List<DocumentWriter.Put> pending = new ArrayList<>();
    private long firstPendingNanos;

    private WarehouseSink(Warehouse warehouse) {
        this.warehouse = warehouse;
        this.transactions = new DocumentTransactions(warehouse,
                new DocumentWriter(warehouse.connection(), warehouse.target().engine(), new RecordJson()));
    }

    /**
     * Opens the warehouse, migrating its schema if needed.
     *
     * @throws WarehouseException if it cannot be reached, opened or migrated
     */
    public static WarehouseSink open(WarehouseTarget target) throws WarehouseException {
        return new WarehouseSink(Warehouse.open(target));
    }

    /**
     * Adds the record to the group being gathered, and writes the group when it is full or old enough.
     *
     * @throws WarehouseException if the warehouse is lost
     */
    @Override
    public synchronized void put(String name, ReportRecord record) throws WarehouseException {
        if (pending.isEmpty()) {
            firstPendingNanos = System.nanoTime();
        }
        pending.add(new DocumentWriter.Put(name, record, name));
        if (pending.size() >= GROUP || System.nanoTime() - firstPendingNanos >= MAX_WAIT.toNanos()) {
            flush();
        }
    }

    /** Writes the records waiting first, so that a later removal is not undone by an earlier put. */
    @Override
    public synchronized void remove(String name) throws IOException {
        flush();
        try {
            transactions.remove(name);
        } catch (InvalidRecordException e) {
            throw new IOException("could not remove " + name + " from " + warehouse.target() + ": " + e.getMessage(), e);
        }
    }

    /** What has been written so far. */
    public synchronized LoadSummary summary() {
        return tally.summary(warehouse.target());
    }

    /** Writes the records still waiting, then closes the warehouse. */
    @Override
    public synchronized void close() throws WarehouseException {
        try {
            flush();
            transactions.close();
        } catch (SQLException e) {
            throw new WarehouseException("cannot close " + warehouse.target() + ": " + Warehouse.firstLine(e), e);
        } finally {
            warehouse.close();
        }
    }

    private void flush() throws WarehouseException {
        try {
            transactions.putGroup(pending, tally);
        } finally {
            pending.clear();
        }
    }
}
