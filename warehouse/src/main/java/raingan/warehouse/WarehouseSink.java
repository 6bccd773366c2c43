package raingan.warehouse;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import raingan.ingest.write.RecordSink;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

/**
 * The warehouse as a {@link RecordSink}, so that {@code raingan convert --db} loads each record as
 * it is written: the same rows as {@link Loader}, one transaction per record, since a batch's
 * records arrive one at a time from its workers. Thread-safe: calls are serialised.
 */
public final class WarehouseSink implements RecordSink, AutoCloseable {

    private final Warehouse warehouse;
    private final DocumentTransactions transactions;
    private final LoadTally tally = new LoadTally();

    private WarehouseSink(Warehouse warehouse) throws SQLException {
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
        Warehouse w = Warehouse.open(target);
        try {
            return new WarehouseSink(w);
        } catch (SQLException e) {
            w.close();
            throw new WarehouseException("cannot prepare to load into " + target + ": " + Warehouse.firstLine(e), e);
        }
    }

    /**
     * @throws IOException naming why the warehouse refused the record ({@link WarehouseException} when
     *                     the warehouse itself is lost); its document's rows are then as they were
     */
    @Override
    public synchronized void put(String name, ReportRecord record) throws IOException {
        try {
            transactions.put(List.of(new DocumentWriter.Put(name, record))).forEach(tally::count);
        } catch (InvalidRecordException e) {
            tally.reject(new Rejection(name, e.getMessage()));
            throw new IOException("not loaded into " + warehouse.target() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void remove(String name) throws IOException {
        try {
            transactions.remove(name);
        } catch (InvalidRecordException e) {
            throw new IOException("could not remove " + name + " from " + warehouse.target() + ": " + e.getMessage(), e);
        }
    }

    /** What has been loaded so far. */
    public synchronized LoadSummary summary() {
        return tally.summary(warehouse.target());
    }

    @Override
    public synchronized void close() throws WarehouseException {
        try {
            transactions.close();
        } catch (SQLException e) {
            throw new WarehouseException("cannot close " + warehouse.target() + ": " + Warehouse.firstLine(e), e);
        } finally {
            warehouse.close();
        }
    }
}
