package raingan.ingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import raingan.model.SourceMethod;

/** The golden pairs read from text: text exports, text-layer PDFs, office files. */
class GoldenRecordsTest extends GoldenRecords {

    static Stream<Pair> pairs() {
        return pairs(method -> method == SourceMethod.TEXT);
    }

    /** A sample without its expected record would go untested. */
    @Test
    void everySampleHasItsExpectedRecord() throws IOException {
        Path samples = sets().get(0);
        try (Stream<Path> files = Files.list(samples)) {
            assertEquals(files.map(f -> f.getFileName().toString()).sorted().toList(),
                    pairsOf(samples).stream().map(Pair::name).toList());
        }
    }
}
