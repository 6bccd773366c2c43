package raingan.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.ingest.ErrorClass;
import raingan.model.SourceMethod;

class ProgressReporterTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ManifestEntry ok(String path, int pages) {
        return new ManifestEntry(path, "aa", 1L, Status.OK, "application/pdf", "unknown", pages, SourceMethod.TEXT, 5, null,
                null, null);
    }

    @Test
    void autoIsABarOnATerminalAndLinesOtherwise() {
        assertEquals(ProgressMode.BAR, ProgressReporter.resolve(ProgressMode.AUTO, true));
        assertEquals(ProgressMode.LINES, ProgressReporter.resolve(ProgressMode.AUTO, false));
        assertEquals(ProgressMode.QUIET, ProgressReporter.resolve(ProgressMode.QUIET, true));
    }

    @Test
    void theBarIsRedrawnInPlaceAndFailuresPrintAboveIt() {
        ProgressReporter p = new ProgressReporter(ProgressMode.BAR, err);
        p.total(4);
        p.finished(ok("a.pdf", 12), true);
        p.tick();
        p.finished(ManifestEntry.failed("ลับ.pdf", null, 5L, ErrorClass.ENCRYPTED, "ต้องใช้รหัสผ่าน", 3), true);
        p.stop();
        String out = printed();
        assertTrue(out.startsWith("\r[##........] 1/4 files, 12 pages, "), out);
        assertTrue(out.contains("failed: ลับ.pdf [ENCRYPTED] ต้องใช้รหัสผ่าน\n"), out);
        assertTrue(out.contains("2/4 files, 12 pages, "), out);
        assertTrue(out.contains(", 1 failed"), out);
        assertTrue(out.endsWith("\n") && out.stripTrailing().endsWith("1 failed"), out);
    }

    @Test
    void linesModePrintsNoCarriageReturnsAndNothingBeforeTheInterval() {
        ProgressReporter p = new ProgressReporter(ProgressMode.LINES, err);
        p.finished(ok("a.pdf", 1), true);
        p.tick();
        p.stop();
        assertEquals("", printed(), "a line is due only every " + ProgressReporter.LINE_INTERVAL_SECONDS + " s");
        assertTrue(p.status().startsWith("1/? files, 1 pages, "), p.status());
        assertTrue(p.status().contains("ETA ?"), p.status());
    }

    @Test
    void quietPrintsOnlyFailuresAndWarnings() {
        ProgressReporter p = new ProgressReporter(ProgressMode.QUIET, err);
        p.total(2);
        p.finished(ok("a.pdf", 3), true);
        p.tick();
        p.warn("2 line(s) of manifest.jsonl were cut short");
        p.finished(ManifestEntry.failed("b.pdf", null, 5L, ErrorClass.TIMEOUT, "too slow", 3), true);
        p.stop();
        assertEquals("warning: 2 line(s) of manifest.jsonl were cut short\nfailed: b.pdf [TIMEOUT] too slow\n",
                printed());
    }

    @Test
    void etaComesFromTheRateOfConvertedFiles() {
        assertEquals("1:01:01", ProgressReporter.clock(3661));
        assertEquals("0:00:59", ProgressReporter.clock(59));
    }
}
