package raingan.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

/**
 * Puts records' rows into the warehouse, or takes them out, inside the caller's transaction: a
 * record replaces the rows of the same source bytes and those of the earlier version of the same
 * file; a record stored before exactly as it is now is left alone. A group of records is looked
 * up, deleted and inserted a table at a time: DuckDB answers one query over 500 keys in the time
 * it takes for 2 lookups of one. Not thread-safe.
 */
final class DocumentWriter implements AutoCloseable {

    /** What putting a record did. */
    enum Change { NEW, REPLACED, UNCHANGED }

    /**
     * One record to put.
     *
     * @param file     the input's path (the record's {@code source.file})
     * @param location where the record was read, to name it if it is rejected
     */
    record Put(String file, ReportRecord record, String location) {
    }

    /** A table and its column holding the document's sha256. */
    private record Keyed(String table, String column) {
    }

    /** Children first: the order PostgreSQL's foreign keys allow. */
    private static final List<Keyed> TABLES = List.of(new Keyed("cited_document", "source_sha256"),
            new Keyed("report_entry", "source_sha256"), new Keyed("project_item", "source_sha256"),
            new Keyed("project", "source_sha256"), new Keyed("source_page", "source_sha256"),
            new Keyed("finding", "source_sha256"), new Keyed("source_document", "sha256"));

    private final Connection connection;
    private final RecordJson json;
    private final DocumentRows rows;

    DocumentWriter(Connection c, Engine engine, RecordJson json) {
        this.connection = c;
        this.json = json;
        this.rows = new DocumentRows(c, engine, json.mapper());
    }

    /**
     * Replaces, for each record, what its source bytes or its file had before with its rows. The
     * records must have distinct sources and files: a repeated one fails the statement.
     *
     * @return what became of each, in order
     * @throws InvalidRecordException if a record cannot be keyed or a value does not fit
     * @throws SQLException if the database refuses a row; the caller rolls back, then {@link #discard}s
     */
    List<Change> put(List<Put> puts) throws SQLException, InvalidRecordException {
        List<DocumentKey> keys = new ArrayList<>(puts.size());
        for (Put p : puts) {
            keys.add(DocumentKey.of(p.file(), p.record()));
        }
        List<Stored> stored = stored(keys);
        Set<String> deleted = new LinkedHashSet<>();
        List<Change> changes = new ArrayList<>(puts.size());
        for (int i = 0; i < puts.size(); i++) {
            DocumentKey key = keys.get(i);
            String digest = digest(puts.get(i).record());
            List<Stored> before = stored.stream()
                    .filter(s -> s.sha256().equals(key.sha256()) || s.file().equals(key.file())).toList();
            if (before.size() == 1 && before.get(0).sha256().equals(key.sha256())
                    && before.get(0).recordSha256().equals(digest)) {
                changes.add(Change.UNCHANGED);
                continue;
            }
            rows.add(key, puts.get(i).record(), digest);
            before.forEach(s -> deleted.add(s.sha256()));
            changes.add(before.isEmpty() ? Change.NEW : Change.REPLACED);
        }
        delete(deleted);
        rows.flush();
        return changes;
    }

    /** Forgets the rows not yet inserted: the caller rolled their transaction back. */
    void discard() {
        rows.discard();
    }

    /** Deletes the rows of the document at {@code file}, if there is one. */
    void remove(String file) throws SQLException {
        Set<String> shas = new LinkedHashSet<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT sha256 FROM source_document WHERE file = ?")) {
            st.setString(1, file);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    shas.add(rs.getString(1));
                }
            }
        }
        delete(shas);
    }

    /** A document the warehouse holds. */
    private record Stored(String sha256, String file, String recordSha256) {
    }

    private List<Stored> stored(List<DocumentKey> keys) throws SQLException {
        String params = placeholders(keys.size());
        List<Stored> found = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT sha256, file, record_sha256"
                + " FROM source_document WHERE sha256 IN " + params + " OR file IN " + params)) {
            int p = 1;
            for (DocumentKey k : keys) {
                st.setString(p++, k.sha256());
            }
            for (DocumentKey k : keys) {
                st.setString(p++, k.file());
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(new Stored(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return found;
    }

    private void delete(Collection<String> shas) throws SQLException {
        if (shas.isEmpty()) {
            return;
        }
        for (Keyed t : TABLES) {
            try (PreparedStatement st = connection.prepareStatement(
                    "DELETE FROM " + t.table() + " WHERE " + t.column() + " IN " + placeholders(shas.size()))) {
                int p = 1;
                for (String sha : shas) {
                    st.setString(p++, sha);
                }
                st.executeUpdate();
            }
        }
    }

    private static String placeholders(int n) {
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
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
    }
}
