package raingan.warehouse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows waiting to be inserted into one table, written by {@link #flush} as one statement that
 * takes them all as a JSON array of row objects ({@link Engine#insertFromJson}). A JDBC
 * parameter per value costs DuckDB 6–15 µs to bind, so a 23-column row cost 300 µs; parsed
 * from JSON by the database, a row costs 6–10. Not thread-safe.
 */
final class TableRows implements AutoCloseable {

    /**
     * A column and its SQL type, as the migrations declare it.
     *
     * @param type e.g. {@code VARCHAR}, {@code DECIMAL(18, 2)}: DuckDB reads the JSON as this type
     */
    record Column(String name, String type) {
    }

    private final Connection connection;
    private final String table;
    private final List<Column> columns;
    private final ObjectMapper json;
    private final String sql;
    private final List<Object[]> rows = new ArrayList<>();
    private PreparedStatement insert;

    /** @param json writes dates as ISO strings and amounts in plain notation, as the record's JSON does */
    TableRows(Connection connection, Engine engine, String table, ObjectMapper json, List<Column> columns) {
        this.connection = connection;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.json = json;
        this.sql = engine.insertFromJson(table, this.columns);
    }

    /** Adds a row: one value per column, in order; null for SQL NULL. */
    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + " has " + columns.size() + " columns, not " + values.length);
        }
        rows.add(values);
    }

    /** Inserts the rows added since the last flush, in the order added. */
    void flush() throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        // DuckDB closes a statement that failed: a group written again one record at a time needs a new one.
        if (insert == null || insert.isClosed()) {
            insert = connection.prepareStatement(sql);
        }
        insert.setString(1, rowsAsJson());
        insert.executeUpdate();
        rows.clear();
    }

    /** Forgets the rows not yet flushed: their transaction was rolled back. */
    void discard() {
        rows.clear();
    }

    private String rowsAsJson() {
        StringWriter text = new StringWriter(rows.size() * 256);
        try (JsonGenerator out = json.getFactory().createGenerator(text)) {
            out.writeStartArray();
            for (Object[] row : rows) {
                out.writeStartObject();
                for (int c = 0; c < row.length; c++) {
                    out.writeFieldName(columns.get(c).name());
                    out.writeObject(row[c]);
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rows of " + table + " could not be written as JSON", e);
        }
        return text.toString();
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }
}
