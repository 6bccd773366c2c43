package raingan.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.extract.OcrPolicy;

class BatchMainTest {

    @Test
    void parsesEveryOption() {
        BatchOptions o = BatchMain.parse(new String[] {"scans", "รายงาน/2563.pdf", "--out", "out", "--threads", "3",
            "--timeout", "90s", "--max-pages", "40", "--no-resume", "--jsonl", "all.jsonl", "--summary", "s.json",
            "--progress", "quiet", "--ocr", "always", "--ocr-lang", "raingan_tha+eng"});
        assertEquals(List.of(Path.of("scans"), Path.of("รายงาน/2563.pdf")), o.inputs());
        assertEquals(Path.of("out"), o.out());
        assertEquals(3, o.threads());
        assertEquals(Duration.ofSeconds(90), o.timeout());
        assertEquals(40, o.maxPages());
        assertEquals(40, o.effectiveExtraction().maxPages());
        assertFalse(o.resume());
        assertEquals(Path.of("all.jsonl"), o.jsonl());
        assertEquals(Path.of("s.json"), o.summaryFile());
        assertEquals(ProgressMode.QUIET, o.progress());
        assertEquals(OcrPolicy.ALWAYS, o.extraction().ocr());
        assertEquals("raingan_tha+eng", o.extraction().languages());
    }

    @Test
    void defaultsMatchTheContract() {
        BatchOptions o = BatchMain.parse(new String[] {"in", "--out", "out"});
        assertEquals(Runtime.getRuntime().availableProcessors(), o.threads());
        assertEquals(Duration.ofMinutes(10), o.timeout());
        assertEquals(500, o.maxPages());
        assertTrue(o.resume());
        assertEquals(ProgressMode.AUTO, o.progress());
        assertEquals(o, BatchOptions.of(List.of(Path.of("in")), Path.of("out")));
    }

    @Test
    void durationsInSecondsUnitsOrIso() {
        assertEquals(Duration.ofSeconds(600), BatchMain.duration("600"));
        assertEquals(Duration.ofMinutes(10), BatchMain.duration("10m"));
        assertEquals(Duration.ofMillis(250), BatchMain.duration("250ms"));
        assertEquals(Duration.ofHours(2), BatchMain.duration("2h"));
        assertEquals(Duration.ofMinutes(10), BatchMain.duration("PT10M"));
        assertThrows(IllegalArgumentException.class, () -> BatchMain.duration("ten minutes"));
    }

    @Test
    void badArgumentsAreAUsageErrorNamingTheProblem() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(BatchMain.EXIT_USAGE, BatchMain.run(new String[] {"in"}, err));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("raingan batch: --out DIR is required\nusage:"));
        assertThrows(IllegalArgumentException.class, () -> BatchMain.parse(new String[] {"--out", "o"}));
        assertThrows(IllegalArgumentException.class, () -> BatchMain.parse(new String[] {"i", "--out", "o", "--threads", "0"}));
        assertThrows(IllegalArgumentException.class, () -> BatchMain.parse(new String[] {"i", "--out", "o", "--frobnicate"}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchMain.parse(new String[] {"i", "--out", "o", "--progress", "fancy"}));
        assertEquals("--progress must be one of [auto, bar, lines, quiet], was fancy", e.getMessage());
    }

    @Test
    void aMissingInputStopsTheRunBeforeAnythingIsWritten() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "raingan-never-created-" + System.nanoTime());
        assertEquals(BatchMain.EXIT_ERROR, BatchMain.run(new String[] {"/no/such/archive", "--out", out.toString()}, err));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("/no/such/archive"));
        assertFalse(out.toFile().exists());
    }
}
