/**
 * Records in a warehouse: normalised tables in DuckDB (embedded, one file) or PostgreSQL, their
 * schema created and migrated by Flyway, every row keyed by the sha256 of its record's source.
 *
 * <p>Entry points: {@link raingan.warehouse.Warehouse#open} with a
 * {@link raingan.warehouse.WarehouseTarget} ({@code --db}), then {@link raingan.warehouse.Loader}
 * over a {@link raingan.warehouse.RecordSource} ({@code raingan load}), or
 * {@link raingan.warehouse.WarehouseSink} as a batch's mirror ({@code raingan convert --db});
 * {@link raingan.warehouse.WarehouseQuery} reads ({@code raingan query}).
 *
 * <p>Both write through the same rows and keys: a record stored unchanged is left alone, one
 * converted again replaces its document's rows, and a document is written whole or not at all.
 */
package raingan.warehouse;
