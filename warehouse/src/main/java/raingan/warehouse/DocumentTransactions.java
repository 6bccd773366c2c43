package raingan.warehouse;

import java.sql.SQLException;
import java.util.List;

/**
 * Runs a {@link DocumentWriter}'s work one transaction at a time: committed whole, or rolled back
 * whole. A failure is the records' (the database refused a row, a value does not fit) unless the
 * connection no longer works, which is the warehouse's. Not thread-safe.
 */
final class DocumentTransactions implements AutoCloseable {

    private final Warehouse warehouse;
    private final DocumentWriter writer;

    DocumentTransactions(Warehouse warehouse, DocumentWriter writer) {
        this.warehouse = warehouse;
        this.writer = writer;
    }

    /**
     * Puts the records in one transaction.
     *
     * @return what became of each, committed
     * @throws InvalidRecordException naming why, once rolled back, when a record was refused
     * @throws WarehouseException if the warehouse was lost
     */
    private List<DocumentWriter.Change> put(List<DocumentWriter.Put> puts)
            throws InvalidRecordException, WarehouseException {
        try {
            List<DocumentWriter.Change> changes = writer.put(puts);
            warehouse.connection().commit();
            return changes;
        } catch (SQLException | InvalidRecordException | RuntimeException e) {
            throw refused(e);
        }
    }

    /**
     * Puts the records a group per transaction; when the group fails, one per transaction, so that
     * the record at fault is rejected and the others are stored.
     *
     * @throws WarehouseException if the warehouse was lost; what was committed stays
     */
    void putGroup(List<DocumentWriter.Put> puts, LoadTally tally) throws WarehouseException {
        if (puts.isEmpty()) {
            return;
        }
        try {
            put(puts).forEach(tally::count);
        } catch (InvalidRecordException e) {
            if (puts.size() == 1) {
                tally.reject(new Rejection(puts.get(0).location(), e.getMessage()));
                return;
            }
            for (DocumentWriter.Put p : puts) {
                putGroup(List.of(p), tally);
            }
        }
    }

    /**
     * Deletes the rows of the document at {@code file} in one transaction.
     *
     * @throws InvalidRecordException naming why, once rolled back, when the database refused
     * @throws WarehouseException if the warehouse was lost
     */
    void remove(String file) throws InvalidRecordException, WarehouseException {
        try {
            writer.remove(file);
            warehouse.connection().commit();
        } catch (SQLException | RuntimeException e) {
            throw refused(e);
        }
    }

    /** Rolls back; gives the reason to report, or throws when the warehouse itself is gone. */
    private InvalidRecordException refused(Exception e) throws WarehouseException {
        try {
            warehouse.connection().rollback();
        } catch (SQLException r) {
            e.addSuppressed(r);
        }
        writer.discard();
        if (e instanceof InvalidRecordException invalid) {
            return invalid;
        }
        if (e instanceof SQLException && !warehouse.usable()) {
            throw new WarehouseException("lost the warehouse " + warehouse.target() + ": " + Warehouse.firstLine(e), e);
        }
        String kind = e instanceof SQLException ? "the database refused it" : "it could not be stored";
        return new InvalidRecordException(kind + ": " + Warehouse.firstLine(e));
    }

    @Override
    public void close() throws SQLException {
        writer.close();
    }
}
