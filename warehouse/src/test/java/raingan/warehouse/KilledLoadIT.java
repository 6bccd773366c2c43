package raingan.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load killed with SIGKILL at any moment leaves every document whole: each one the warehouse
 * holds has all its rows and nothing else does; loading again completes it.
 */
class KilledLoadIT {

    private static final int DOCUMENTS = 150;

    @TempDir
    static Path dir;
    static ConvertedCorpus corpus;

    @BeforeAll
    static void convert() throws Exception {
        corpus = ConvertedCorpus.write(dir, DOCUMENTS, 5);
    }

    @Test
    void aDuckDbLoadKilledMidwayLeavesEveryDocumentWholeAndLoadingAgainCompletesIt() throws Exception {
        WarehouseTarget target = WarehouseTarget.duckdb(Files.createTempDirectory(dir, "killed").resolve("k.duckdb"));
        killLoadsOf(target, "duckdb:" + target.duckdbFile());
    }

    @Test
    void aPostgresqlLoadKilledMidwayLeavesEveryDocumentWholeAndLoadingAgainCompletesIt() throws Exception {
        WarehouseTarget target = PostgresqlWarehouseIT.emptyServer();
        killLoadsOf(target, PostgresqlWarehouseIT.serverUrl());
    }

    private void killLoadsOf(WarehouseTarget target, String db) throws Exception {
        WarehouseTarget reference = WarehouseTarget.duckdb(Files.createTempDirectory(dir, "reference").resolve("r.duckdb"));
        try (Warehouse w = Warehouse.open(reference); RecordSource s = RecordSource.open(corpus.out())) {
            new Loader(Loader.DEFAULT_GROUP).load(w, s);
        }
        Map<String, String> expected = rowsPerDocument(reference);
        assertEquals(DOCUMENTS, expected.size());

        List<String> kills = new ArrayList<>();
        boolean midway = false;
        for (int attempt = 0; attempt < 10 && !midway; attempt++) {
            Process child = start(corpus.out(), db);
            try (BufferedReader out = child.inputReader()) {
                for (String line; (line = out.readLine()) != null && !line.equals(ChildLoad.LOADING); ) {
                    System.out.println("child: " + line);
                }
                // The load commits 3 documents at a time, a few milliseconds each: kill it somewhere in there.
                child.waitFor(100 + attempt * 250L, TimeUnit.MILLISECONDS);
            }
            boolean alive = child.isAlive();
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            Map<String, String> held = rowsPerDocument(target);
            for (Map.Entry<String, String> doc : held.entrySet()) {
                assertEquals(expected.get(doc.getKey()), doc.getValue(), "document " + doc.getKey() + " is whole");
            }
            assertEquals(0, orphans(target), "no row outlives its document");
            kills.add((alive ? "killed with " : "finished with ") + held.size() + " documents");
            midway |= alive && held.size() > 0 && held.size() < DOCUMENTS;
        }
        System.out.println("child loads into " + target + ": " + kills);
        assertTrue(midway, "a kill landed while documents were being loaded: " + kills);

        try (Warehouse w = Warehouse.open(target); RecordSource s = RecordSource.open(corpus.out())) {
            LoadSummary resumed = new Loader(Loader.DEFAULT_GROUP).load(w, s);
            assertTrue(resumed.unchanged() > 0, resumed.line());
        }
        assertEquals(expected, rowsPerDocument(target));
    }

    private Process start(Path in, String db) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", classpath,
                ChildLoad.class.getName(), in.toString(), db, "3");
        pb.redirectErrorStream(true);
        return pb.start();
    }

    /** Each document's rows, counted per table, as text: what must match the reference load. */
    private static Map<String, String> rowsPerDocument(WarehouseTarget target) throws Exception {
        Map<String, String> rows = new TreeMap<>();
        try (Warehouse w = Warehouse.open(target); Statement st = w.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT d.sha256, d.record_sha256,"
                     + " (SELECT count(*) FROM source_page x WHERE x.source_sha256 = d.sha256),"
                     + " (SELECT count(*) FROM project x WHERE x.source_sha256 = d.sha256),"
                     + " (SELECT count(*) FROM project_item x WHERE x.source_sha256 = d.sha256),"
                     + " (SELECT count(*) FROM report_entry x WHERE x.source_sha256 = d.sha256),"
                     + " (SELECT count(*) FROM cited_document x WHERE x.source_sha256 = d.sha256),"
                     + " (SELECT count(*) FROM finding x WHERE x.source_sha256 = d.sha256)"
                     + " FROM source_document d")) {
            while (rs.next()) {
                StringBuilder counts = new StringBuilder(rs.getString(2));
                for (int c = 3; c <= 8; c++) {
                    counts.append(' ').append(rs.getLong(c));
                }
                rows.put(rs.getString(1), counts.toString());
            }
        }
        return rows;
    }

    private static long orphans(WarehouseTarget target) throws Exception {
        long n = 0;
        try (Warehouse w = Warehouse.open(target); Statement st = w.connection().createStatement()) {
            for (String table : List.of("source_page", "project", "project_item", "report_entry", "cited_document",
                    "finding")) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table + " WHERE source_sha256 NOT IN"
                        + " (SELECT sha256 FROM source_document)")) {
                    rs.next();
                    n += rs.getLong(1);
                }
            }
        }
        return n;
    }
}
