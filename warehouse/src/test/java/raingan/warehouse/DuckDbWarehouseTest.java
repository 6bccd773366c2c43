package raingan.warehouse;

/** The warehouse contract on DuckDB, in-process: a new database file per test. */
class DuckDbWarehouseTest extends WarehouseContract {

    @Override
    WarehouseTarget emptyWarehouse() {
        return WarehouseTarget.duckdb(dir.resolve("test.duckdb"));
    }
}
