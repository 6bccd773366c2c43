package raingan.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.model.Project;
import raingan.model.RecordJson;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.StatusCategory;

/**
 * What every warehouse must do with a converted corpus, run against each database by a subclass
 * that gives an empty warehouse per test.
 */
abstract class WarehouseContract {

    static final List<String> TABLES = List.of("source_document", "source_page", "project", "project_item",
            "report_entry", "cited_document", "finding");

    @TempDir
    static Path shared;
    static ConvertedCorpus corpus;

    @TempDir
    Path dir;

    final RecordJson json = new RecordJson();

    @BeforeAll
    static void convert() throws Exception {
        corpus = ConvertedCorpus.write(shared, 20, 7);
    }

    /** An empty warehouse, new for each test. */
    abstract WarehouseTarget emptyWarehouse() throws Exception;

    @Test
    void loadingTheCorpusTwiceGivesTheSameRows() throws Exception {
        WarehouseTarget target = emptyWarehouse();
        LoadSummary first = load(target, corpus.out());
        Map<String, Long> once = counts(target);
        LoadSummary second = load(target, corpus.out());

        assertEquals(corpus.records(), first.added(), first.line());
        assertEquals(List.of(), first.rejected());
        assertEquals(corpus.records(), second.unchanged(), "nothing is loaded twice: " + second.line());
        assertEquals(once, counts(target));
        assertEquals(corpus.records(), once.get("source_document"));
        assertTrue(once.get("report_entry") > once.get("project"), "entries are loaded: " + once);
    }

    @Test
    void findingsPerRuleAreThoseOfFindingsJsonl() throws Exception {
        WarehouseTarget target = emptyWarehouse();
        load(target, corpus.out());
        Map<String, Long> perRule = new TreeMap<>();
        query(target, "SELECT rule, count(*) FROM finding GROUP BY rule", rs -> perRule.put(rs.getString(1), rs.getLong(2)));

        assertEquals(corpus.findingsPerRule(), perRule);
        assertTrue(perRule.size() > 3, "the corpus plants several kinds of defect: " + perRule);
    }

    @Test
    void theJsonLinesExportLoadsTheSameRowsAsTheFolder() throws Exception {
        WarehouseTarget target = emptyWarehouse();
        load(target, corpus.out());
        Map<String, Long> fromFolder = counts(target);
        LoadSummary again = load(target, corpus.jsonl());

        assertEquals(corpus.records(), again.unchanged(), again.line());
        assertEquals(fromFolder, counts(target));
    }

    @Test
    void theViewsAnswerTheDashboardQuestions() throws Exception {
        WarehouseTarget target = emptyWarehouse();
        load(target, corpus.out());
        List<ReportRecord> records = records();

        long[] projects = new long[1];
        BigDecimal[] received = {BigDecimal.ZERO};
        query(target, "SELECT projects, budget_received FROM agency_budget", rs -> {
            projects[0] += rs.getLong(1);
            received[0] = received[0].add(rs.getBigDecimal(2) == null ? BigDecimal.ZERO : rs.getBigDecimal(2));
        });
        assertEquals(records.stream().filter(r -> r.project() != null).count(), projects[0]);
        assertEquals(0, records.stream().filter(r -> r.project() != null && r.project().budgetReceived() != null)
                .map(r -> r.project().budgetReceived()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(received[0]));

        List<String> stopped = new ArrayList<>();
        query(target, "SELECT source_sha256 FROM project_stopped ORDER BY source_sha256", rs -> stopped.add(rs.getString(1)));
        assertEquals(records.stream().filter(WarehouseContract::latestEntryStopped).map(r -> r.source().sha256())
                .sorted().toList(), stopped);

        long[] findings = new long[1];
        query(target, "SELECT findings FROM agency_findings", rs -> findings[0] += rs.getLong(1));
        assertEquals(records.stream().mapToLong(r -> r.findings().size()).sum(), findings[0]);
    }

    @Test
    void aRecordThatBreaksTheSchemaIsRejectedByPathAndLeavesItsDocumentAsItWas() throws Exception {
        WarehouseTarget target = emptyWarehouse();
        Path out = loadedCopy(target);
        Map<String, Long> before = counts(target);
        Path bad = recordFiles(out).get(3);
        edit(bad, record -> {
            ((ObjectNode) record.get("reports").get(0)).put("statusCategory", "finished");
            record.putArray("findings");
        });

        LoadSummary summary = load(target, out);

        assertEquals(1, summary.rejected().size(), summary.line());
        Rejection r = summary.rejected().get(0);
        assertEquals(bad.toString(), r.location());
        assertTrue(r.reason().contains("statusCategory"), r.reason());
        assertEquals(before, counts(target), "the bad record's document keeps its earlier rows");
        assertEquals(corpus.records() - 1, summary.unchanged());
    }

    @Test
    void aRecordConvertedAgainReplacesItsRowsAndAChangedFileItsEarlierVersion() throws Exception {
        WarehouseTarget target = emptyWarehouse();
        Path out = loadedCopy(target);
        Map<String, Long> before = counts(target);
        List<Path> files = recordFiles(out);
        int findings = json.mapper().readTree(files.get(0).toFile()).get("findings").size();
        edit(files.get(0), reconverted -> reconverted.putArray("findings"));
        ObjectNode edited = edit(files.get(1), record -> ((ObjectNode) record.get("source")).put("sha256", "0".repeat(64)));

        LoadSummary summary = load(target, out);

        assertEquals(2, summary.replaced(), summary.line());
        Map<String, Long> after = counts(target);
        assertEquals(before.get("source_document"), after.get("source_document"));
        assertEquals(before.get("finding") - findings, after.get("finding"));
        List<String> shas = new ArrayList<>();
        query(target, "SELECT sha256 FROM source_document WHERE file = '" + edited.get("source").get("file").asText() + "'",
                rs -> shas.add(rs.getString(1)));
        assertEquals(List.of("0".repeat(64)), shas);
    }

    @Test
    void fieldsTheSchemaDoesNotKnowAreIgnored() throws Exception {
        WarehouseTarget target = emptyWarehouse();
        Path out = copyOfOutput();
        edit(recordFiles(out).get(0), record -> {
            record.putObject("annotations").put("raingan", "9.9.9");
            ((ObjectNode) record.get("project")).put("budgetYear", 2563);
        });

        LoadSummary summary = load(target, out);

        assertEquals(List.of(), summary.rejected());
        assertEquals(corpus.records(), summary.added());
    }

    @Test
    void aRecordOfANewerSchemaVersionIsRejected() throws Exception {
        WarehouseTarget target = emptyWarehouse();
        Path out = copyOfOutput();
        edit(recordFiles(out).get(0), record -> record.put("schemaVersion", ReportRecord.SCHEMA_VERSION + 1));

        LoadSummary summary = load(target, out);

        assertEquals(1, summary.rejected().size());
        assertTrue(summary.rejected().get(0).reason().contains("newer"), summary.rejected().get(0).reason());
    }

    @Test
    void theSinkStoresAndRemovesAsConvertWritesRecords() throws Exception {
        WarehouseTarget target = emptyWarehouse();
        List<ReportRecord> records = records();
        WarehouseSink sink = WarehouseSink.open(target);
        try {
            for (ReportRecord r : records) {
                sink.put(r.source().file(), r);
            }
            // The same record twice in one group: the group fails, and one by one the second is unchanged.
            sink.put(records.get(0).source().file(), records.get(0));
            sink.remove(records.get(1).source().file());
            sink.put("finer-than-satang.txt", withBudgetReceived(records.get(2), new BigDecimal("1000.005")));
        } finally {
            sink.close();
        }
        LoadSummary summary = sink.summary();
        assertEquals(records.size(), summary.added(), summary.line() + " " + summary.rejected());
        assertEquals(1, summary.unchanged(), summary.line());
        assertEquals(List.of(new Rejection("finer-than-satang.txt", "/project/budgetReceived is 1000.005 baht, finer"
                + " than a satang: the warehouse keeps two decimals and does not round")), summary.rejected());
        assertEquals(records.size() - 1, counts(target).get("source_document"));
    }

    private static ReportRecord withBudgetReceived(ReportRecord r, BigDecimal amount) {
        Project p = r.project();
        return new ReportRecord(r.schemaVersion(), r.form(), r.source(), new Project(p.name(), p.code(), p.fiscalYear(),
                p.startDate(), p.endDate(), amount, p.budgetSpent(), p.agency(), p.responsible(), p.coordinator(),
                p.rationale(), p.objectives(), p.targets(), p.strategy()), r.reports(), r.findings());
    }

    // ------------------------------------------------------------------ helpers

    LoadSummary load(WarehouseTarget target, Path in) throws IOException {
        try (Warehouse w = Warehouse.open(target); RecordSource source = RecordSource.open(in)) {
            return new Loader(7).load(w, source);
        }
    }

    static Map<String, Long> counts(WarehouseTarget target) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Warehouse w = Warehouse.open(target); Statement st = w.connection().createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    static void query(WarehouseTarget target, String sql, Row row) throws Exception {
        try (Warehouse w = Warehouse.open(target); Statement st = w.connection().createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    List<ReportRecord> records() throws IOException {
        List<ReportRecord> records = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.jsonl())) {
            records.add(json.read(line));
        }
        return records;
    }

    /** The latest entry with a status category is cancelled or suspended: what project_stopped lists. */
    static boolean latestEntryStopped(ReportRecord r) {
        if (r.project() == null) {
            return false;
        }
        StatusCategory latest = null;
        for (ReportEntry e : r.reports()) {
            latest = e.statusCategory() == null ? latest : e.statusCategory();
        }
        return latest == StatusCategory.CANCELLED || latest == StatusCategory.SUSPENDED;
    }

    /** A copy of the corpus's output folder, loaded into {@code target}. */
    Path loadedCopy(WarehouseTarget target) throws IOException {
        Path out = copyOfOutput();
        load(target, out);
        return out;
    }

    /** Rewrites a record file as {@code change} leaves it; gives the changed record. */
    ObjectNode edit(Path file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode record = (ObjectNode) json.mapper().readTree(file.toFile());
        change.accept(record);
        Files.writeString(file, json.mapper().writeValueAsString(record));
        return record;
    }

    Path copyOfOutput() throws IOException {
        Path copy = dir.resolve("out");
        try (Stream<Path> files = Files.walk(corpus.out())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = copy.resolve(corpus.out().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return copy;
    }

    static List<Path> recordFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
