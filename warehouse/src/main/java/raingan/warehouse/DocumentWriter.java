package raingan.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

/**
 * Puts one record's rows into the warehouse, or takes them out, inside the caller's transaction:
 * a record replaces the rows of the same source bytes and those of the earlier version of the same
 * file; a record stored before exactly as it is now is left alone. Not thread-safe.
 */
final class DocumentWriter implements AutoCloseable {

    /** What putting a record did. */
    enum Change { NEW, REPLACED, UNCHANGED }

    /** Children first: the order PostgreSQL's foreign keys allow. */
    private static final List<String> DELETES = List.of(
            "DELETE FROM cited_document WHERE source_sha256 = ?",
            "DELETE FROM report_entry WHERE source_sha256 = ?",
            "DELETE FROM project_item WHERE source_sha256 = ?",
            "DELETE FROM project WHERE source_sha256 = ?",
            "DELETE FROM source_page WHERE source_sha256 = ?",
            "DELETE FROM finding WHERE source_sha256 = ?",
            "DELETE FROM source_document WHERE sha256 = ?");

    private final RecordJson json;
    private final PreparedStatement stored;
    private final PreparedStatement storedAt;
    private final List<PreparedStatement> deletes = new ArrayList<>();
    private final DocumentRows rows;

    DocumentWriter(Connection c, RecordJson json) throws SQLException {
        this.json = json;
        stored = c.prepareStatement("SELECT sha256, record_sha256 FROM source_document WHERE sha256 = ? OR file = ?");
        storedAt = c.prepareStatement("SELECT sha256 FROM source_document WHERE file = ?");
        for (String sql : DELETES) {
            deletes.add(c.prepareStatement(sql));
        }
        rows = new DocumentRows(c);
    }

    /**
     * Stores the record's rows in place of what its source bytes, or its file, had before.
     *
     * @param file the input's path (the record's {@code source.file})
     * @throws InvalidRecordException if the record cannot be keyed or a value does not fit
     * @throws SQLException if the database refuses a row; the caller rolls back
     */
    Change put(String file, ReportRecord record) throws SQLException, InvalidRecordException {
        DocumentKey key = DocumentKey.of(file, record);
        String digest = digest(record);
        List<String> before = new ArrayList<>();
        boolean same = false;
        stored.setString(1, key.sha256());
        stored.setString(2, key.file());
        try (ResultSet rs = stored.executeQuery()) {
            while (rs.next()) {
                before.add(rs.getString(1));
                same |= key.sha256().equals(rs.getString(1)) && digest.equals(rs.getString(2));
            }
        }
        if (same && before.size() == 1) {
            return Change.UNCHANGED;
        }
        delete(before);
        rows.insert(key, record, digest);
        return before.isEmpty() ? Change.NEW : Change.REPLACED;
    }

    /**
     * Deletes the rows of the document at {@code file}, if any.
     *
     * @return whether there were any
     */
    boolean remove(String file) throws SQLException {
        List<String> before = new ArrayList<>();
        storedAt.setString(1, file);
        try (ResultSet rs = storedAt.executeQuery()) {
            while (rs.next()) {
                before.add(rs.getString(1));
            }
        }
        delete(before);
        return !before.isEmpty();
    }

    private void delete(List<String> shas) throws SQLException {
        for (String sha : shas) {
            for (PreparedStatement d : deletes) {
                d.setString(1, sha);
                d.executeUpdate();
            }
        }
    }

    /** The record's one-line JSON, hashed: the same record always serialises to the same bytes. */
    private String digest(ReportRecord record) {
        try {
            byte[] bytes = json.line(record).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public void close() throws SQLException {
        rows.close();
        stored.close();
        storedAt.close();
        for (PreparedStatement d : deletes) {
            d.close();
        }
    }
}
