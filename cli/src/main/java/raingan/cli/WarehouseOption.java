package raingan.cli;

import raingan.warehouse.WarehouseTarget;

/** The {@code --db} value of the commands that load, read the same way by each. */
final class WarehouseOption {

    static final String DESCRIPTION = "duckdb:FILE, or postgresql://[user[:password]@]host[:port]/database";

    private WarehouseOption() {
    }

    /** The warehouse {@code --db} names; without one, the DuckDB file {@code fallback}. */
    static WarehouseTarget target(String db, WarehouseTarget fallback) {
        return db == null || db.isBlank() ? fallback : WarehouseTarget.parse(db);
    }
}
