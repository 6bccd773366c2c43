package raingan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.testdata.Corpus;
import raingan.testdata.Format;

/** convert --db, load and query over generated reports, as the README shows them. */
class WarehouseCommandsTest {

    @TempDir
    static Path dir;
    static Path in;

    @BeforeAll
    static void generate() throws Exception {
        Corpus.generate(dir.resolve("corpus"), 5, 11, EnumSet.of(Format.TEXT));
        in = dir.resolve("corpus/text");
    }

    @Test
    void convertWithDbLoadsAsItConvertsIntoTheOutputFolder() {
        Path out = dir.resolve("converted");
        CliRun convert = CliRun.of("convert", in.toString(), "--out", out.toString(), "--db", "--progress", "quiet");
        assertEquals(0, convert.exit(), convert.err());
        Path db = out.resolve("raingan.duckdb");
        assertTrue(Files.isRegularFile(db));
        assertTrue(convert.err().contains("5 records into duckdb:" + db + ": 5 new, 0 replaced, 0 unchanged, 0 rejected"),
                convert.err());

        CliRun load = CliRun.of("load", out.toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.err().contains("5 records into duckdb:" + db + ": 0 new, 0 replaced, 5 unchanged, 0 rejected"),
                load.err());

        CliRun query = CliRun.of("query", "--db", "duckdb:" + db,
                "SELECT count(*) AS documents, count(DISTINCT form) AS forms FROM source_document");
        assertEquals(0, query.exit(), query.err());
        assertEquals("documents  forms\n---------  -----\n5          1\n(1 row)\n", query.out());
    }

    @Test
    void aRecordThatBreaksTheSchemaIsNamedWithTheReasonAndTheLoadExitsTwo() throws Exception {
        Path out = dir.resolve("broken");
        assertEquals(0, CliRun.of("convert", in.toString(), "--out", out.toString(), "--progress", "quiet").exit());
        Path bad;
        try (var files = Files.list(out)) {
            bad = files.filter(p -> p.toString().endsWith(".txt.json")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(bad, Files.readString(bad).replace("\"form\": \"bma.project-progress\"", "\"form\": \"memo\""));

        CliRun load = CliRun.of("load", out.toString(), "--db", "duckdb:" + dir.resolve("broken.duckdb"));

        assertEquals(2, load.exit(), load.err());
        assertTrue(load.err().contains("raingan load: rejected " + bad + ": does not match the record schema: $.form"),
                load.err());
        assertTrue(load.err().contains("5 records into duckdb:" + dir.resolve("broken.duckdb") + ": 4 new"), load.err());
    }

    @Test
    void aQueryWhereThereIsNoWarehouseSaysSo() {
        Path nowhere = dir.resolve("none.duckdb");
        CliRun query = CliRun.of("query", "--db", "duckdb:" + nowhere, "SELECT 1");
        assertEquals(1, query.exit());
        assertEquals("raingan: no warehouse at duckdb:" + nowhere + ": load one with raingan load\n", query.err());
        assertTrue(Files.notExists(nowhere), "a query creates nothing");
    }

    @Test
    void loadingWhatIsNotThereCreatesNoWarehouse() {
        Path missing = dir.resolve("missing");
        CliRun load = CliRun.of("load", missing.toString());
        assertEquals(1, load.exit());
        assertEquals("raingan: " + missing + ": nothing to load there\n", load.err());
        assertTrue(Files.notExists(dir.resolve("raingan.duckdb")));
    }

    @Test
    void aDbThatIsNeitherDuckDbNorPostgresqlIsRefused() {
        CliRun load = CliRun.of("load", dir.toString(), "--db", "mysql://localhost/x");
        assertEquals(1, load.exit());
        assertTrue(load.err().contains("--db must be duckdb:FILE or postgresql://"), load.err());
    }
}
