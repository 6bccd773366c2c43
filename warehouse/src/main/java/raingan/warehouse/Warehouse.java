package raingan.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * An open warehouse: its schema migrated to this raingan's version, and one connection with
 * auto-commit off, so that whoever writes decides what one transaction holds. Not thread-safe.
 */
public final class Warehouse implements AutoCloseable {

    private final WarehouseTarget target;
    private final Connection connection;
    private final String schemaVersion;
    private final int migrationsApplied;

    private Warehouse(WarehouseTarget target, Connection connection, String schemaVersion, int migrationsApplied) {
        this.target = target;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        this.migrationsApplied = migrationsApplied;
    }

    /**
     * Connects, creating the tables and views or migrating them when this raingan is newer.
     *
     * @throws WarehouseException if the database cannot be reached or opened, or a migration fails
     */
    public static Warehouse open(WarehouseTarget target) throws WarehouseException {
        if (target.engine() == Engine.DUCKDB && target.duckdbFile() == null) {
            // Flyway's connection and the loader's would each get an empty database of their own.
            throw new WarehouseException("an in-memory DuckDB would vanish with the load: name a file, duckdb:FILE");
        }
        createFolder(target);
        MigrateResult migrated;
        try {
            migrated = Flyway.configure(Warehouse.class.getClassLoader())
                    .dataSource(target.jdbcUrl(), target.user(), target.password())
                    .locations(target.engine().migrations().toArray(String[]::new))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new WarehouseException("cannot prepare the warehouse " + target + ": " + firstLine(e), e);
        }
        try {
            Connection c = DriverManager.getConnection(target.jdbcUrl(), target.connectionProperties());
            c.setAutoCommit(false);
            return new Warehouse(target, c, migrated.targetSchemaVersion == null ? migrated.initialSchemaVersion
                    : migrated.targetSchemaVersion, migrated.migrationsExecuted);
        } catch (SQLException e) {
            throw new WarehouseException("cannot connect to the warehouse " + target + ": " + firstLine(e), e);
        }
    }

    public WarehouseTarget target() {
        return target;
    }

    /** The connection, auto-commit off; closed with the warehouse. */
    public Connection connection() {
        return connection;
    }

    /** The schema's version after opening (migration 1 holds records of schema version 1). */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** How many migrations opening applied: 0 when the schema was already current. */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /** Whether the connection still works, after a statement failed: a refused record or a lost database. */
    boolean usable() {
        try {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() throws WarehouseException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WarehouseException("cannot close the warehouse " + target + ": " + firstLine(e), e);
        }
    }

    /** DuckDB creates its file but not the folder it goes in (an output folder a batch has yet to make). */
    private static void createFolder(WarehouseTarget target) throws WarehouseException {
        Path file = target.duckdbFile();
        if (file == null || file.getParent() == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new WarehouseException("cannot create the folder of " + target + ": " + e.getMessage(), e);
        }
    }

    /** The first line of a message: drivers and Flyway add pages of context after it. */
    static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
