package raingan.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/** One SQL query over a warehouse, read-only: what {@code raingan query} prints. */
public final class WarehouseQuery {

    /** DuckDB's connection property for opening a database without writing to it. */
    private static final String DUCKDB_READ_ONLY = "duckdb.read_only";

    /**
     * @param columns the result's column names
     * @param rows    each row's values as text, null for SQL NULL
     */
    public record Result(List<String> columns, List<List<String>> rows) {
        public Result {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    private WarehouseQuery() {
    }

    /**
     * Runs {@code sql} and reads its whole result.
     *
     * @throws WarehouseException if there is no warehouse there, or the query fails
     */
    public static Result run(WarehouseTarget target, String sql) throws WarehouseException {
        Properties p = target.connectionProperties();
        if (target.engine() == Engine.DUCKDB) {
            Path file = target.duckdbFile();
            if (file != null && !Files.isRegularFile(file)) {
                throw new WarehouseException("no warehouse at " + target + ": load one with raingan load");
            }
            p.setProperty(DUCKDB_READ_ONLY, "true");
        }
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), p)) {
            c.setReadOnly(true);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i));
                }
                List<List<String>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(Collections.unmodifiableList(row));
                }
                return new Result(columns, rows);
            }
        } catch (SQLException e) {
            throw new WarehouseException(target + ": " + Warehouse.firstLine(e), e);
        }
    }
}
