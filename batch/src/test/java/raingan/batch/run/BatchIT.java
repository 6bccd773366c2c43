package raingan.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.batch.run.OutputFolders.files;
import static raingan.batch.run.OutputFolders.manifest;
import static raingan.batch.run.OutputFolders.withoutTimes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import raingan.batch.manifest.Manifest;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.batch.walk.PathOrder;
import raingan.ingest.ConversionException;
import raingan.ingest.ErrorClass;
import raingan.ingest.detect.UnsupportedFormatException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.OcrPolicy;
import raingan.ingest.pipeline.Converter;
import raingan.ingest.source.SourceDocument;
import raingan.ingest.write.JsonFileSink;
import raingan.model.RecordJson;

/**
 * A realistic overnight archive (210 Thai text reports, text-layer PDFs, and every kind of
 * bad input) converted by the real {@link Converter}: once in process, and once in a child JVM
 * killed with SIGKILL several times and resumed, which must end exactly where the
 * uninterrupted run did.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchIT {

    private static final int REPORTS = 210;
    private static final int PDFS = 6;

    private final RecordJson json = new RecordJson();
    private TestArchive archive;
    private Path in;
    private Path uninterrupted;
    @TempDir
    static Path dir;

    @BeforeAll
    void buildArchive() throws IOException {
        archive = TestArchive.write(dir.resolve("archive"), new GeneratedReports(2024), REPORTS, PDFS);
        in = archive.root();
    }

    @Test
    @Order(1)
    void anUninterruptedRunAccountsForEveryInputAndMatchesSingleFileConversion() throws Exception {
        uninterrupted = dir.resolve("out-a");
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        // No OCR: the text layers are good, and this test is about the batch, not Tesseract's speed.
        BatchOptions options = BatchOptions.of(List.of(in), uninterrupted).withThreads(2)
                .withExtraction(ExtractionSettings.defaults().withOcr(OcrPolicy.NEVER))
                .withProgress(ProgressMode.LINES).withJsonl(dir.resolve("a.jsonl"))
                .withSummaryFile(dir.resolve("a-summary.json"));
        long start = System.nanoTime();
        RunSummary summary = new BatchRunner(options, ConverterFactory.STANDARD,
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), false).run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String stderr = errBytes.toString(StandardCharsets.UTF_8);
        System.out.printf("uninterrupted: %d inputs in %d ms (%.1f files/s); %s%n", summary.files(), millis,
                summary.files() * 1000.0 / millis, summary.line());

        Map<String, ManifestEntry> m = manifest(uninterrupted);
        List<String> expectedPaths = archive.paths();
        expectedPaths.sort(PathOrder.INSTANCE);
        assertEquals(expectedPaths, new ArrayList<>(m.keySet()), "exactly one line per input, in path order");

        archive.fixed().forEach((path, status) -> assertEquals(status, m.get(path).status(), path));
        assertEquals(ErrorClass.EMPTY_FILE, m.get("เสีย/ว่างเปล่า.txt").errorClass());
        assertEquals(ErrorClass.UNREADABLE, m.get("เสีย/ลิงก์เสีย.pdf").errorClass());
        assertTrue(m.get("รายงาน/2562/ย้อนกลับ").message().contains("loop"));
        for (String path : archive.neverOk()) {
            assertNotEquals(Status.OK, m.get(path).status(), path + " must never become a record");
        }

        int ok = 0;
        int findings = 0;
        try (Converter single = new Converter(options.effectiveExtraction())) {
            for (ManifestEntry e : m.values()) {
                if (!archive.fixed().containsKey(e.path())) {
                    assertEquals(expected(single, e.path()), observed(e), e.path());
                }
                if (e.status() == Status.FAILED) {
                    assertNotNull(e.errorClass(), e.path());
                    assertTrue(e.message().endsWith(e.errorClass().advice()), e.message());
                    assertTrue(stderr.contains("failed: " + e.path() + " [" + e.errorClass() + "]"), e.path());
                }
                Path record = recordOf(uninterrupted, e.path());
                if (e.status() != Status.OK) {
                    assertFalse(Files.exists(record), e.path());
                    continue;
                }
                ok++;
                findings += e.findings().error() + e.findings().warning() + e.findings().info();
                String expected = json.pretty(single.convert(SourceDocument.under(in, in.resolve(e.path()))));
                assertEquals(expected, Files.readString(record), "record of " + e.path());
            }
        }
        assertTrue(ok >= REPORTS);
        assertEquals(ok, summary.ok());
        assertEquals(2, summary.exitCode(), "the empty file and the broken link failed");
        assertEquals(ok, Files.readAllLines(dir.resolve("a.jsonl")).size());
        assertEquals(findings, Files.readAllLines(uninterrupted.resolve(Exporter.FINDINGS_FILE)).size());
        assertEquals(2, json.mapper().readTree(dir.resolve("a-summary.json").toFile()).get("exitCode").asInt());
    }

    @Test
    @Order(2)
    void aChildJvmKilledWithSigkillAndResumedEndsExactlyLikeTheUninterruptedRun() throws Exception {
        assertNotNull(uninterrupted, "runs after the uninterrupted run");
        Path out = dir.resolve("out-b");
        int inputs = manifest(uninterrupted).size();
        List<String> kills = new ArrayList<>();
        boolean killedMidway = false;
        // Kill right after start-up, about a third of the way, and near the end (the compaction and exports).
        for (int target : new int[] {0, inputs / 3, inputs - 5}) {
            Process child = start(out, "kill-" + target);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int lines = 0;
            while (child.isAlive() && System.nanoTime() < deadline) {
                lines = lineCount(out.resolve(Manifest.FILE_NAME));
                if (lines >= target && (target > 0 || Files.exists(out.resolve(Manifest.FILE_NAME)))) {
                    break;
                }
                Thread.sleep(5);
            }
            boolean alive = child.isAlive();
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            kills.add((alive ? "killed at " : "had finished at ") + lines + " lines");
            killedMidway |= alive && lines < inputs;
        }
        Process last = start(out, "final");
        assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the resumed run finishes");
        assertEquals(2, last.exitValue(), "exit status 2: some inputs failed");
        System.out.println("child runs: " + kills + ", then resumed to the end");
        assertTrue(killedMidway, "at least one kill hit a running batch: " + kills);

        assertEquals(withoutTimes(manifest(uninterrupted)), withoutTimes(manifest(out)));
        assertEquals(files(uninterrupted), files(out), "the same record files, byte for byte");
        assertEquals(Files.readString(uninterrupted.resolve(Exporter.FINDINGS_FILE)),
                Files.readString(out.resolve(Exporter.FINDINGS_FILE)));
        assertEquals(Files.readString(dir.resolve("a.jsonl")), Files.readString(dir.resolve("b.jsonl")));
    }

    private Process start(Path out, String name) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(ChildBatch.command("256m", in.toString(), out.toString(),
                dir.resolve("b.jsonl").toString()));
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("child-" + name + ".log").toFile());
        return pb.start();
    }

    private static String observed(ManifestEntry e) {
        return e.status() + (e.errorClass() == null ? "" : " " + e.errorClass());
    }

    /** What converting the file on its own gives, in manifest terms. */
    private String expected(Converter single, String path) {
        try {
            single.convert(SourceDocument.under(in, in.resolve(path)));
            return observed(new ManifestEntry(path, null, null, Status.OK, null, null, null, null, 0, null, null,
                    null));
        } catch (UnsupportedFormatException e) {
            return Status.UNSUPPORTED.toString();
        } catch (ConversionException e) {
            return Status.FAILED + " " + e.errorClass();
        } catch (RuntimeException e) {
            return Status.FAILED + " " + ErrorClass.CRASH;
        }
    }

    private static int lineCount(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        int n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static Path recordOf(Path out, String name) {
        return new JsonFileSink(out, new RecordJson()).fileOf(name);
    }
}
