package raingan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    private final ConvertCommand.DurationConverter durations = new ConvertCommand.DurationConverter();

    @Test
    void timeoutsInSecondsWithAUnitOrIso() {
        assertEquals(Duration.ofSeconds(600), durations.convert("600"));
        assertEquals(Duration.ofSeconds(90), durations.convert("90s"));
        assertEquals(Duration.ofMinutes(10), durations.convert("10m"));
        assertEquals(Duration.ofMillis(250), durations.convert("250ms"));
        assertEquals(Duration.ofHours(2), durations.convert("2h"));
        assertEquals(Duration.ofMinutes(10), durations.convert("PT10M"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> durations.convert("ten minutes"));
        assertEquals("--timeout needs a duration such as 600, 90s, 10m or PT10M, was ten minutes", e.getMessage());
    }

    @Test
    void aBadTimeoutIsAUsageError(@TempDir Path tmp) {
        CliRun run = CliRun.of("convert", tmp.toString(), "--out", tmp.resolve("out").toString(), "--timeout", "soon");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("--timeout needs a duration"), run.err());
    }

    @Test
    void aRunThatCannotWriteItsOutputStopsWithExit2NamingTheDisk(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "รายงานครั้งที่ 1");
        // A file where the summary's folder should be: every write there fails, as on a broken disk.
        Path blocker = Files.writeString(tmp.resolve("blocker"), "");
        CliRun run = CliRun.of("convert", in.toString(), "--out", tmp.resolve("out").toString(), "--quiet",
                "--summary", blocker.resolve("summary.json").toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("raingan convert: could not write to " + blocker.resolve("summary.json")
                + " on the disk "),
                run.err());
        assertTrue(run.err().contains("run the same command again to finish"), run.err());
    }

    @Test
    void aMissingInputStopsTheRunBeforeAnythingIsWritten(@TempDir Path tmp) {
        Path out = tmp.resolve("never-created");
        CliRun run = CliRun.of("convert", "/no/such/archive", "--out", out.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("/no/such/archive"), run.err());
        assertFalse(Files.exists(out));
    }
}
