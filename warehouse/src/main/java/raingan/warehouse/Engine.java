package raingan.warehouse;

import java.util.List;

/** The databases raingan loads into, with the migrations each one gets. */
public enum Engine {
    /** Embedded, one file, no server: the default. */
    DUCKDB("classpath:raingan/warehouse/migration/common"),
    POSTGRESQL("classpath:raingan/warehouse/migration/common", "classpath:raingan/warehouse/migration/postgresql");

    private final List<String> migrations;

    Engine(String... migrations) {
        this.migrations = List.of(migrations);
    }

    /** Flyway locations of this engine's migrations: the shared ones, then its own. */
    List<String> migrations() {
        return migrations;
    }
}
