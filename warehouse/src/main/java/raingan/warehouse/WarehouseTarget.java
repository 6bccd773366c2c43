package raingan.warehouse;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which database to load into, as {@code --db} names it: {@code duckdb:FILE},
 * {@code postgresql://[user[:password]@]host[:port]/database[?options]} (or {@code postgres://}),
 * or a JDBC URL of either ({@code jdbc:duckdb:…}, {@code jdbc:postgresql:…}).
 *
 * @param engine   the database kind
 * @param jdbcUrl  what the driver connects to, without user or password
 * @param user     null for the driver's default
 * @param password null for none (PostgreSQL then tries ~/.pgpass)
 */
public record WarehouseTarget(Engine engine, String jdbcUrl, String user, String password) {

    /** The file name of the DuckDB warehouse when {@code --db} is not given. */
    public static final String DEFAULT_FILE = "raingan.duckdb";
    private static final String DUCKDB_JDBC = "jdbc:duckdb:";

    /**
     * Reads a {@code --db} value.
     *
     * @throws IllegalArgumentException if it names no database raingan loads into
     */
    public static WarehouseTarget parse(String spec) {
        String s = spec.strip();
        if (s.startsWith(DUCKDB_JDBC)) {
            return new WarehouseTarget(Engine.DUCKDB, s, null, null);
        }
        if (s.startsWith("jdbc:postgresql:")) {
            return new WarehouseTarget(Engine.POSTGRESQL, s, null, null);
        }
        if (s.startsWith("duckdb:")) {
            String file = s.substring("duckdb:".length());
            if (file.isEmpty()) {
                throw new IllegalArgumentException("--db duckdb: needs a file, e.g. duckdb:raingan.duckdb");
            }
            return duckdb(Path.of(file));
        }
        if (s.startsWith("postgresql://") || s.startsWith("postgres://")) {
            return postgresql(s);
        }
        throw new IllegalArgumentException("--db must be duckdb:FILE or postgresql://[user[:password]@]host[:port]/database, not '"
                + spec + "'");
    }

    /** The DuckDB file beside what is loaded: in an output folder, or in the folder of a JSON Lines file. */
    public static WarehouseTarget beside(Path input) {
        Path in = input.toAbsolutePath().normalize();
        return in(Files.isDirectory(in) ? in : in.getParent());
    }

    /** The DuckDB file {@value #DEFAULT_FILE} in {@code folder}. */
    public static WarehouseTarget in(Path folder) {
        return duckdb(folder.resolve(DEFAULT_FILE));
    }

    public static WarehouseTarget duckdb(Path file) {
        return new WarehouseTarget(Engine.DUCKDB, DUCKDB_JDBC + file.toAbsolutePath().normalize(), null, null);
    }

    private static WarehouseTarget postgresql(String spec) {
        URI uri;
        try {
            uri = new URI(spec);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--db '" + spec + "' is not a valid URL: " + e.getReason());
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("--db '" + spec + "' names no host");
        }
        String user = null;
        String password = null;
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        String url = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new WarehouseTarget(Engine.POSTGRESQL, url, user, password);
    }

    /** The database file of a DuckDB target; null for PostgreSQL or an in-memory DuckDB. */
    public Path duckdbFile() {
        if (engine != Engine.DUCKDB) {
            return null;
        }
        String name = jdbcUrl.substring(DUCKDB_JDBC.length());
        int options = name.indexOf('?');
        name = options < 0 ? name : name.substring(0, options);
        return name.isEmpty() || name.startsWith(":memory:") ? null : Path.of(name);
    }

    /** The driver's connection properties: user and password, when given. */
    public Properties connectionProperties() {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The target as people write it, without the password: for messages. */
    @Override
    public String toString() {
        if (engine == Engine.DUCKDB) {
            return "duckdb:" + jdbcUrl.substring(DUCKDB_JDBC.length());
        }
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            return jdbcUrl;
        }
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        return "postgresql://" + (user == null ? "" : user + "@") + rest;
    }
}
