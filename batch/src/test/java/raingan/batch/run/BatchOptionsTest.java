package raingan.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.batch.walk.LinkPolicy;

class BatchOptionsTest {

    @Test
    void defaultsMatchTheContract() {
        BatchOptions o = BatchOptions.of(List.of(Path.of("in")), Path.of("out"));
        assertEquals(Runtime.getRuntime().availableProcessors(), o.threads());
        assertEquals(Duration.ofMinutes(10), o.timeout());
        assertEquals(500, o.maxPages());
        assertTrue(o.resume());
        assertEquals(ProgressMode.AUTO, o.progress());
        assertEquals(LinkPolicy.STAY_INSIDE, o.links());
    }

    @Test
    void thePageLimitReachesTheExtractionSettings() {
        assertEquals(40, BatchOptions.of(List.of(Path.of("in")), Path.of("out")).withMaxPages(40)
                .effectiveExtraction().maxPages());
    }

    @Test
    void badValuesNameTheOption() {
        BatchOptions o = BatchOptions.of(List.of(Path.of("in")), Path.of("out"));
        assertEquals("threads must be 1..256, was 0",
                assertThrows(IllegalArgumentException.class, () -> o.withThreads(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> BatchOptions.of(List.of(), Path.of("out")));
    }
}
