package raingan.ingest.pipeline;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import raingan.ingest.extract.Fixtures;
import raingan.model.SourceMethod;

/** The golden pairs read by OCR, with Tesseract for real (skipped without it, failing on CI). */
class GoldenRecordsIT extends GoldenRecords {

    static Stream<Pair> pairs() {
        return pairs(method -> method != SourceMethod.TEXT);
    }

    @BeforeEach
    void needsOcr() {
        Fixtures.assumeOcrOrCi();
    }
}
