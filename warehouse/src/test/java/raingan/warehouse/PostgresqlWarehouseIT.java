package raingan.warehouse;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The warehouse contract on a real PostgreSQL server: the one RAINGAN_TEST_POSTGRESQL names
 * ({@code scripts/with-postgresql} starts one for {@code scripts/test}), else one on
 * 127.0.0.1:5432. Without a server the tests skip, except on CI ({@code CI=true}), where they fail.
 */
class PostgresqlWarehouseIT extends WarehouseContract {

    static final String ENV = "RAINGAN_TEST_POSTGRESQL";
    static final String LOCAL = "postgresql://raingan@127.0.0.1:5432/raingan";

    @Override
    WarehouseTarget emptyWarehouse() throws SQLException {
        return emptyServer();
    }

    /** The test server with nothing in it, or a skip (a failure on CI) saying why there is none. */
    static WarehouseTarget emptyServer() throws SQLException {
        WarehouseTarget target = server();
        try (Connection c = connect(target); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
        return target;
    }

    /** The test server as --db names it. */
    static String serverUrl() {
        String url = System.getenv(ENV);
        return url == null ? LOCAL : url;
    }

    private static WarehouseTarget server() {
        WarehouseTarget target = WarehouseTarget.parse(serverUrl());
        try (Connection c = connect(target)) {
            return target;
        } catch (SQLException e) {
            String why = "no PostgreSQL server at " + target + " (" + Warehouse.firstLine(e) + "); run the tests"
                    + " through scripts/with-postgresql, or set " + ENV;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
            return null;
        }
    }

    private static Connection connect(WarehouseTarget target) throws SQLException {
        return DriverManager.getConnection(target.jdbcUrl(), target.connectionProperties());
    }
}
