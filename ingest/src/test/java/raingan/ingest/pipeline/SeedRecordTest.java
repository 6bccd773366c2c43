package raingan.ingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import raingan.ingest.SharedFiles;
import raingan.ingest.eval.RecordScore;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.source.SourceDocument;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;
import raingan.model.SourceMethod;

/**
 * The real report of shared/corpus/seed becomes the record of shared/spec/seed.expected.json,
 * every field and every finding: the contract's worked example, read from shared/ itself.
 */
class SeedRecordTest {

    private static final RecordJson JSON = new RecordJson();
    private static JsonNode expected;
    private static JsonNode actual;
    private static ReportRecord record;

    @BeforeAll
    static void convertSeed() throws Exception {
        Path expectedFile = SharedFiles.require("spec/seed.expected.json");
        try (Converter converter = new Converter(ExtractionSettings.defaults())) {
            record = converter.convert(SourceDocument.of(seedFile()));
        }
        expected = JSON.mapper().readTree(expectedFile.toFile());
        actual = JSON.tree(record);
    }

    /** As shared/tools/score-record scores it: 141 of 141 fields, findings recall and precision 1. */
    @Test
    void everyExpectedFieldAndFindingIsProducedExactly() {
        assertEquals(List.of(), RecordScore.differences(expected, actual));
        RecordScore score = RecordScore.of(expected, actual);
        assertEquals(141, score.fields());
        assertEquals(score.fields(), score.fieldsOk());
        assertEquals(1.0, score.findingsRecall());
        assertEquals(1.0, score.findingsPrecision());
        assertEquals(1, actual.get("schemaVersion").asInt(), "/schemaVersion");
        actual.get("findings").forEach(f -> assertNotNull(f.get("message").textValue(), "every finding has a message"));
    }

    @Test
    void conversionIsByteIdenticalWhenRepeated() throws Exception {
        ReportRecord again;
        try (Converter converter = new Converter(ExtractionSettings.defaults())) {
            again = converter.convert(SourceDocument.of(seedFile()));
        }
        assertEquals(JSON.pretty(record), JSON.pretty(again));
    }

    @Test
    void sourceNamesTheFileWithoutItsFolder() {
        assertEquals("bma-progress-2563-04160000-3940.txt", record.source().file());
        assertEquals(64, record.source().sha256().length());
        assertEquals(SourceMethod.TEXT, record.source().method());
    }

    private static Path seedFile() throws IOException {
        try (var files = Files.list(SharedFiles.require("corpus/seed"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
    }
}
