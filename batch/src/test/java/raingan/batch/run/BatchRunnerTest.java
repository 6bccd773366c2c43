package raingan.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.batch.manifest.FindingCounts;
import raingan.batch.manifest.Manifest;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.batch.walk.PathOrder;
import raingan.ingest.ConversionException;
import raingan.ingest.ErrorClass;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.pipeline.Converter;
import raingan.ingest.source.FileDigest;
import raingan.ingest.source.SourceDocument;
import raingan.ingest.write.AtomicFiles;
import raingan.ingest.write.JsonFileSink;
import raingan.model.RecordJson;

/** In-process batches over small Thai archives, with converters that misbehave on cue. */
class BatchRunnerTest {

    private final RecordJson json = new RecordJson();
    private final GeneratedReports reports = new GeneratedReports(2563);
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    @TempDir
    Path dir;

    private Path in() {
        return dir.resolve("in");
    }

    private Path out() {
        return dir.resolve("out");
    }

    private Path write(String rel, String text) throws IOException {
        Path p = in().resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** n reports spread over fiscal-year folders. */
    private void archive(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            write((2561 + i % 3) + "/สำนักงานเขต-" + i + ".txt", reports.report(i));
        }
    }

    private BatchOptions options() {
        return BatchOptions.of(List.of(in()), out()).withThreads(3).withProgress(ProgressMode.LINES);
    }

    private RunSummary run(BatchOptions o, TestConverters converters) throws IOException {
        return new BatchRunner(o, converters, err, false).run();
    }

    private Map<String, ManifestEntry> manifest() throws IOException {
        Map<String, ManifestEntry> byPath = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out().resolve(Manifest.FILE_NAME))) {
            ManifestEntry e = json.mapper().readValue(line, ManifestEntry.class);
            assertEquals(null, byPath.put(e.path(), e), "one line per input: " + e.path());
        }
        return byPath;
    }

    private static List<ManifestEntry> withoutTimes(Map<String, ManifestEntry> m) {
        return m.values().stream().map(e -> e.withMillis(0)).toList();
    }

    private String single(TestConverters converters, String rel) throws ConversionException {
        try (Converter c = converters.create(ExtractionSettings.defaults())) {
            return json.pretty(c.convert(SourceDocument.under(in(), in().resolve(rel))));
        }
    }

    @Test
    void everyInputGetsOneLineAndEveryRecordMatchesASingleFileConversion() throws Exception {
        archive(30);
        write("2562/Thumbs.db", "junk");
        write(".DS_Store", "junk");
        write("2563/ว่างเปล่า.txt", "");
        write("2563/งบประมาณ.zip", "PK\u0003\u0004 not really");
        TestConverters converters = new TestConverters();
        BatchOptions o = options().withJsonl(dir.resolve("all.jsonl")).withSummaryFile(dir.resolve("summary.json"));

        RunSummary s = run(o, converters);

        Map<String, ManifestEntry> m = manifest();
        assertEquals(34, m.size());
        List<String> paths = new ArrayList<>(m.keySet());
        List<String> sorted = new ArrayList<>(paths);
        sorted.sort(PathOrder.INSTANCE);
        assertEquals(sorted, paths, "the final manifest is sorted by path");
        assertEquals(Status.SKIPPED, m.get(".DS_Store").status());
        assertEquals(Status.SKIPPED, m.get("2562/Thumbs.db").status());
        assertEquals(ErrorClass.EMPTY_FILE, m.get("2563/ว่างเปล่า.txt").errorClass());
        assertEquals(Status.UNSUPPORTED, m.get("2563/งบประมาณ.zip").status());
        assertEquals("application/zip", m.get("2563/งบประมาณ.zip").mediaType());
        List<String> okPaths = new ArrayList<>();
        for (ManifestEntry e : m.values()) {
            if (e.status() != Status.OK) {
                assertFalse(Files.exists(recordOf(out(), e.path())), e.path());
                continue;
            }
            okPaths.add(e.path());
            assertEquals(single(new TestConverters(), e.path()),
                    Files.readString(recordOf(out(), e.path())));
            assertEquals(64, e.sha256().length());
            assertEquals(Files.size(in().resolve(e.path())), e.size());
            assertEquals(countsIn(Files.readString(recordOf(out(), e.path()))), e.findings(),
                    "the manifest counts the findings the record holds");
            assertEquals(1, e.pages());
        }
        assertEquals(30, okPaths.size());

        List<String> jsonl = Files.readAllLines(dir.resolve("all.jsonl"));
        assertEquals(30, jsonl.size());
        for (int i = 0; i < okPaths.size(); i++) {
            String record = Files.readString(recordOf(out(), okPaths.get(i)));
            assertEquals(json.line(json.read(record)), jsonl.get(i), "JSON Lines in path order, same schema");
        }
        List<String> findings = Files.readAllLines(out().resolve(Exporter.FINDINGS_FILE));
        List<String> expectedFindings = new ArrayList<>();
        for (String path : okPaths) {
            for (raingan.model.Finding x : json.read(Files.readString(recordOf(out(), path))).findings()) {
                expectedFindings.add(path + " " + x.rule().id() + " " + x.severity().json() + " " + x.at());
            }
        }
        assertEquals(expectedFindings.size(), findings.size(), "one line per finding of every record");
        JsonNode f = json.mapper().readTree(findings.get(0));
        assertEquals(expectedFindings.get(0), f.get("record").asText() + " " + f.get("rule").asText() + " "
                + f.get("severity").asText() + " " + f.get("at").asText());

        assertEquals(34, s.files());
        assertEquals(30, s.ok());
        assertEquals(1, s.failed());
        assertEquals(2, s.skipped());
        assertEquals(1, s.unsupported());
        assertEquals(Map.of("EMPTY_FILE", 1), s.failuresByClass());
        assertEquals(2, s.exitCode());
        JsonNode summary = json.mapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(2, summary.get("exitCode").asInt());
        assertEquals(30, summary.get("pages").asInt());
        String stderr = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("failed: 2563/ว่างเปล่า.txt [EMPTY_FILE]"), stderr);
        assertTrue(stderr.contains("raingan batch: 34 files: 30 ok, 1 failed (EMPTY_FILE 1), 2 skipped,"
                + " 1 unsupported; 30 pages"), stderr);
        assertTrue(converters.creatorThreads.stream().allMatch(t -> t.startsWith("raingan-worker-")),
                "converters are created on worker threads: " + converters.creatorThreads);
        assertTrue(converters.created.get() <= 3);
    }

    @Test
    void aFileThatIgnoresInterruptsIsTimedOutAndItsWorkerReplaced() throws Exception {
        archive(12);
        write("2562/hang-ติดค้าง.txt", reports.report(99));
        write("2563/slow-ช้า.txt", reports.report(98));
        TestConverters converters = new TestConverters();
        long start = System.nanoTime();
        try {
            RunSummary s = run(options().withThreads(2).withTimeout(Duration.ofMillis(400)), converters);

            Map<String, ManifestEntry> m = manifest();
            assertEquals(14, m.size());
            for (String timedOut : List.of("2562/hang-ติดค้าง.txt", "2563/slow-ช้า.txt")) {
                ManifestEntry e = m.get(timedOut);
                assertEquals(Status.FAILED, e.status(), timedOut);
                assertEquals(ErrorClass.TIMEOUT, e.errorClass());
                assertTrue(e.message().startsWith("Conversion did not finish within 400 ms."), e.message());
                assertEquals(64, e.sha256().length(), "the timeout line still identifies the bytes");
            }
            assertEquals(12, s.ok());
            assertEquals(Map.of("TIMEOUT", 2), s.failuresByClass());
            assertTrue(converters.creatorThreads.contains("raingan-worker-3"), "a replacement worker converted the"
                    + " files after the timeouts with a converter of its own: " + converters.creatorThreads);
            assertTrue(converters.creatorThreads.stream().allMatch(t -> t.startsWith("raingan-worker-")));
            assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("did not stop after the timeout on"
                    + " 2562/hang-ติดค้าง.txt; it is abandoned"), errBytes.toString(StandardCharsets.UTF_8));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos());
        } finally {
            converters.release();
        }
    }

    @Test
    void crashesStackOverflowAndOutOfMemoryOnOneFileDoNotStopTheBatch() throws Exception {
        archive(10);
        // Folder "0" comes first in the walk, so files remain to convert after each failure.
        write("0/crash-บั๊ก.txt", reports.report(50));
        write("0/deep-ซ้อน.txt", reports.report(51));
        write("0/oom-ใหญ่.txt", reports.report(52));
        TestConverters converters = new TestConverters();

        RunSummary s = run(options().withThreads(2), converters);

        Map<String, ManifestEntry> m = manifest();
        assertEquals(ErrorClass.CRASH, m.get("0/crash-บั๊ก.txt").errorClass());
        assertTrue(m.get("0/crash-บั๊ก.txt").message().startsWith(
                "java.lang.IllegalStateException: detector bug on purpose at "), m.get("0/crash-บั๊ก.txt").message());
        assertEquals(ErrorClass.CRASH, m.get("0/deep-ซ้อน.txt").errorClass());
        assertTrue(m.get("0/deep-ซ้อน.txt").message().startsWith("java.lang.StackOverflowError"));
        assertEquals(ErrorClass.OUT_OF_MEMORY, m.get("0/oom-ใหญ่.txt").errorClass());
        assertEquals(10, s.ok());
        assertEquals(3, s.failed());
        assertEquals(2, s.exitCode());
        assertTrue(converters.created.get() >= 3, "a new converter after an Error: " + converters.created.get());
    }

    @Test
    void resumeConvertsOnlyWhatChangedAndKeepsTheEarlierLines() throws Exception {
        archive(20);
        write("2563/ว่างเปล่า.txt", "");
        TestConverters first = new TestConverters();
        run(options(), first);
        List<String> before = Files.readAllLines(out().resolve(Manifest.FILE_NAME));
        Map<String, ManifestEntry> m1 = manifest();

        write("2561/สำนักงานเขต-0.txt", reports.report(500));
        Files.delete(in().resolve("2562/สำนักงานเขต-1.txt"));
        write("2564/ใหม่.txt", reports.report(501));
        TestConverters second = new TestConverters();
        RunSummary s = run(options(), second);

        assertEquals(2, second.detections.get(), "only the changed and the new file are converted");
        assertEquals(18, s.reused());
        Map<String, ManifestEntry> m2 = manifest();
        assertEquals(21, m2.size());
        assertFalse(m2.containsKey("2562/สำนักงานเขต-1.txt"), "an input that is gone leaves the manifest");
        assertTrue(m2.containsKey("2564/ใหม่.txt"));
        assertNotEquals(m1.get("2561/สำนักงานเขต-0.txt").sha256(), m2.get("2561/สำนักงานเขต-0.txt").sha256());
        assertEquals(single(new TestConverters(), "2561/สำนักงานเขต-0.txt"),
                Files.readString(recordOf(out(), "2561/สำนักงานเขต-0.txt")));
        List<String> after = Files.readAllLines(out().resolve(Manifest.FILE_NAME));
        String unchanged = before.stream().filter(l -> l.contains("2563/สำนักงานเขต-2.txt")).findFirst().orElseThrow();
        assertTrue(after.contains(unchanged), "an up-to-date input keeps its earlier line, time included");
    }

    @Test
    void aKilledRunsTornManifestMissingRecordAndTempFilesAreRepaired() throws Exception {
        archive(15);
        TestConverters converters = new TestConverters();
        run(options(), converters);
        Map<String, ManifestEntry> complete = manifest();
        Path manifestFile = out().resolve(Manifest.FILE_NAME);
        byte[] bytes = Files.readAllBytes(manifestFile);
        // As if killed while writing the last line, before one record was renamed, with a temp beside it.
        Files.write(manifestFile, java.util.Arrays.copyOf(bytes, bytes.length - 30));
        String victim = "2562/สำนักงานเขต-4.txt";
        Path record = recordOf(out(), victim);
        Files.move(record, record.resolveSibling("." + record.getFileName() + ".0123456789ab.raingan-tmp"));

        TestConverters again = new TestConverters();
        run(options(), again);

        assertEquals(2, again.detections.get(), "the torn line's input and the one without a record");
        Map<String, ManifestEntry> repaired = manifest();
        assertEquals(withoutTimes(complete), withoutTimes(repaired));
        assertTrue(Files.exists(record));
        try (Stream<Path> files = Files.walk(out())) {
            assertTrue(files.noneMatch(p -> AtomicFiles.isTemp(p.getFileName().toString())));
        }
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("1 line(s) of"));
    }

    @Test
    void withoutResumeEverythingIsConvertedAgain() throws Exception {
        archive(6);
        run(options(), new TestConverters());
        TestConverters again = new TestConverters();
        RunSummary s = run(options().withResume(false), again);
        assertEquals(6, again.detections.get());
        assertEquals(0, s.reused());
        assertEquals(6, manifest().size());
    }

    @Test
    void aFileThatBecameEmptyLosesItsOldRecord() throws Exception {
        archive(3);
        run(options(), new TestConverters());
        Path record = recordOf(out(), "2561/สำนักงานเขต-0.txt");
        assertTrue(Files.exists(record));
        write("2561/สำนักงานเขต-0.txt", "");
        RunSummary s = run(options(), new TestConverters());
        assertFalse(Files.exists(record), "no record may outlive its ok line");
        assertEquals(ErrorClass.EMPTY_FILE, manifest().get("2561/สำนักงานเขต-0.txt").errorClass());
        assertEquals(2, s.exitCode());
    }

    @Test
    void twoInputsWithTheSamePathsAreReportedNotOverwritten() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createDirectories(a);
        Files.createDirectories(b);
        Files.writeString(a.resolve("รายงาน.txt"), reports.report(1));
        Files.writeString(b.resolve("รายงาน.txt"), reports.report(2));
        Files.writeString(b.resolve("อื่น.txt"), reports.report(3));

        RunSummary s = run(BatchOptions.of(List.of(a, b), out()).withThreads(1).withProgress(ProgressMode.QUIET),
                new TestConverters());

        assertEquals(Map.of("DUPLICATE", 1), s.failuresByClass());
        assertEquals(2, s.exitCode());
        assertEquals(2, manifest().size());
        assertTrue(Files.readString(recordOf(out(), "รายงาน.txt")).contains(
                FileDigest.sha256(a.resolve("รายงาน.txt"))), "the first input's record is kept");
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("an earlier input has the same relative path"));
    }

    @Test
    void anOutputFolderInsideTheInputIsNotConvertedOnTheNextRun() throws Exception {
        archive(4);
        BatchOptions o = BatchOptions.of(List.of(in()), in().resolve("out")).withThreads(2)
                .withJsonl(in().resolve("all.jsonl")).withProgress(ProgressMode.QUIET);
        run(o, new TestConverters());
        TestConverters again = new TestConverters();
        RunSummary s = run(o, again);
        assertEquals(0, again.detections.get());
        assertEquals(5, s.files(), "four reports and the skipped JSON Lines export");
        assertEquals(1, s.skipped());
        assertEquals(0, s.exitCode());
        assertEquals("", errBytes.toString(StandardCharsets.UTF_8), "quiet prints nothing when nothing fails");
    }

    @Test
    void aSecondBatchIntoTheSameOutputFolderIsRefused() throws Exception {
        archive(2);
        Files.createDirectories(out());
        OutputLock held = OutputLock.acquire(out());
        try {
            IOException e = assertThrows(IOException.class, () -> run(options(), new TestConverters()));
            assertTrue(e.getMessage().startsWith("another raingan batch is writing into "), e.getMessage());
        } finally {
            held.close();
        }
        assertEquals(0, run(options(), new TestConverters()).exitCode(), "the lock is released with its holder");
    }

    private static FindingCounts countsIn(String recordJson) {
        raingan.model.ReportRecord r = new raingan.model.RecordJson().read(recordJson);
        int[] n = new int[3];
        r.findings().forEach(f -> n[f.severity().ordinal()]++);
        return new FindingCounts(n[0], n[1], n[2]);
    }

    private static Path recordOf(Path out, String name) {
        return new JsonFileSink(out, new RecordJson()).fileOf(name);
    }
}
