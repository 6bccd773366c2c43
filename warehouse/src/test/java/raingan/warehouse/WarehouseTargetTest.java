package raingan.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseTargetTest {

    @Test
    void aPostgresqlUrlBecomesJdbcWithItsUserAndPasswordApartAndNoPasswordInMessages() {
        WarehouseTarget t = WarehouseTarget.parse("postgresql://etl:s%40cret@db.example:6543/warehouse?sslmode=require");
        assertEquals(Engine.POSTGRESQL, t.engine());
        assertEquals("jdbc:postgresql://db.example:6543/warehouse?sslmode=require", t.jdbcUrl());
        assertEquals("etl", t.user());
        assertEquals("s@cret", t.password());
        assertEquals("postgresql://etl@db.example:6543/warehouse?sslmode=require", t.toString());
        assertEquals("s@cret", t.connectionProperties().getProperty("password"));
    }

    @Test
    void postgresWithoutUserOrPortIsTheDriversDefault() {
        WarehouseTarget t = WarehouseTarget.parse("postgres://localhost/raingan");
        assertEquals("jdbc:postgresql://localhost/raingan", t.jdbcUrl());
        assertNull(t.user());
        assertTrue(t.connectionProperties().isEmpty());
    }

    @Test
    void aDuckDbFileIsMadeAbsolute() {
        WarehouseTarget t = WarehouseTarget.parse("duckdb:out/raingan.duckdb");
        Path file = Path.of("out/raingan.duckdb").toAbsolutePath().normalize();
        assertEquals(Engine.DUCKDB, t.engine());
        assertEquals("jdbc:duckdb:" + file, t.jdbcUrl());
        assertEquals(file, t.duckdbFile());
        assertEquals("duckdb:" + file, t.toString());
    }

    @Test
    void jdbcUrlsAreTakenAsTheyAre() {
        assertEquals(Engine.DUCKDB, WarehouseTarget.parse("jdbc:duckdb:").engine());
        assertNull(WarehouseTarget.parse("jdbc:duckdb:").duckdbFile(), "in memory");
        assertEquals("jdbc:postgresql:raingan", WarehouseTarget.parse("jdbc:postgresql:raingan").toString());
    }

    @Test
    void theDefaultIsInTheOutputFolderOrBesideTheJsonLinesFile(@TempDir Path dir) throws Exception {
        Path jsonl = Files.writeString(dir.resolve("2563.jsonl"), "");
        assertEquals(dir.resolve("raingan.duckdb"), WarehouseTarget.beside(dir).duckdbFile());
        assertEquals(dir.resolve("raingan.duckdb"), WarehouseTarget.beside(jsonl).duckdbFile());
    }

    @Test
    void anythingElseIsRefusedNamingWhatIsAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WarehouseTarget.parse("mysql://localhost/raingan"));
        assertTrue(e.getMessage().startsWith("--db must be duckdb:FILE or postgresql://"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WarehouseTarget.parse("duckdb:"));
        assertThrows(IllegalArgumentException.class, () -> WarehouseTarget.parse("postgresql:///nohost"));
    }
}
