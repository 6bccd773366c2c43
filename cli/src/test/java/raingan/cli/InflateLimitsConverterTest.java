package raingan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.ingest.extract.ArchiveLimits;

class InflateLimitsConverterTest {

    private final InflateLimitsConverter converter = new InflateLimitsConverter();

    @Test
    void aSizeARatioOrBothWithTheRestLeftAtItsDefault() {
        ArchiveLimits d = ArchiveLimits.DEFAULTS;
        assertEquals(d.withMaxInflatedBytes(512L << 20), converter.convert("512m"));
        assertEquals(d.withMaxInflatedBytes(1L << 30), converter.convert("1GiB"));
        assertEquals(d.withMaxInflatedBytes(64L << 10), converter.convert("64KB"));
        assertEquals(d.withMaxInflatedBytes(1_000_000), converter.convert("1000000"));
        assertEquals(d.withMaxRatio(500), converter.convert("500x"));
        assertEquals(new ArchiveLimits(2L << 30, 500, d.maxParts()), converter.convert("500x, 2g"));
    }

    @Test
    void anythingElseIsRefusedWithTheForms() {
        for (String bad : new String[] {"lots", "1x", "500x,", "-5m", "99999999999999g"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> converter.convert(bad));
            assertEquals("--max-inflate needs a size such as 512m or 1GiB, a ratio such as 500x, or both (500x,1g),"
                    + " was " + bad, e.getMessage());
        }
    }

    @Test
    void aBadLimitIsAUsageErrorOfEveryReadingCommand(@TempDir Path tmp) {
        CliRun run = CliRun.of("text", tmp.resolve("a.docx").toString(), "--max-inflate", "huge");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("--max-inflate needs a size"), run.err());
    }
}
