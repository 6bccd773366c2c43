package raingan.warehouse;

import java.util.List;
import java.util.stream.Collectors;

/** The databases raingan loads into: the migrations each one gets, and the SQL that differs between them. */
public enum Engine {
    /** Embedded, one file, no server: the default. */
    DUCKDB(List.of("classpath:raingan/warehouse/migration/common")) {
        @Override
        String insertFromJson(String table, List<TableRows.Column> columns) {
            String struct = columns.stream().map(c -> "\"" + c.name() + "\": \"" + c.type() + "\"")
                    .collect(Collectors.joining(", ", "[{", "}]"));
            return "INSERT INTO " + table + " (" + names(columns) + ") SELECT " + names(columns)
                    + " FROM (SELECT unnest(from_json(?::JSON, '" + struct + "'), recursive := true))";
        }
    },
    POSTGRESQL(List.of("classpath:raingan/warehouse/migration/common",
            "classpath:raingan/warehouse/migration/postgresql")) {
        @Override
        String insertFromJson(String table, List<TableRows.Column> columns) {
            return "INSERT INTO " + table + " (" + names(columns) + ") SELECT " + names(columns)
                    + " FROM json_populate_recordset(NULL::" + table + ", ?::json)";
        }
    };

    private final List<String> migrations;

    Engine(List<String> migrations) {
        this.migrations = migrations;
    }

    /** Flyway locations of this engine's migrations: the shared ones, then its own. */
    List<String> migrations() {
        return migrations;
    }

    /**
     * An INSERT of {@code columns} that takes its rows as one parameter: a JSON array of objects
     * keyed by column name, values as the record's JSON writes them (dates as ISO strings).
     */
    abstract String insertFromJson(String table, List<TableRows.Column> columns);

    private static String names(List<TableRows.Column> columns) {
        return columns.stream().map(TableRows.Column::name).collect(Collectors.joining(", "));
    }
}
