package raingan.ingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import raingan.ingest.SharedFiles;
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

    @Test
    void everyExpectedFieldIsProducedExactly() {
        List<Executable> checks = new ArrayList<>();
        compare(expected.get("project"), actual.get("project"), "/project", checks);
        compare(expected.get("reports"), actual.get("reports"), "/reports", checks);
        checks.add(() -> assertEquals(expected.get("form").asText(), actual.get("form").asText(), "/form"));
        checks.add(() -> assertEquals(1, actual.get("schemaVersion").asInt(), "/schemaVersion"));
        assertAll(checks);
    }

    @Test
    void findingsAreExactlyTheExpectedOnes() {
        TreeSet<String> want = new TreeSet<>();
        expected.get("findings").forEach(f -> want.add(key(f)));
        TreeSet<String> got = new TreeSet<>();
        actual.get("findings").forEach(f -> got.add(key(f)));
        assertEquals(String.join("\n", want), String.join("\n", got));
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

    private static String key(JsonNode finding) {
        return finding.get("rule").asText() + " " + finding.get("severity").asText() + " " + finding.get("at").asText();
    }

    /** Text is compared with white space removed, as shared/tools/score-record does; numbers by value. */
    private static void compare(JsonNode want, JsonNode got, String at, List<Executable> checks) {
        if (want == null || want.isNull()) {
            checks.add(() -> assertEquals("null", String.valueOf(got == null || got.isNull() ? "null" : got), at));
        } else if (want.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                compare(e.getValue(), got == null ? null : got.get(e.getKey()), at + "/" + e.getKey(), checks);
            }
        } else if (want.isArray()) {
            checks.add(() -> assertEquals(want.size(), got == null ? -1 : got.size(), at + " length"));
            for (int i = 0; i < want.size(); i++) {
                compare(want.get(i), got == null ? null : got.get(i), at + "/" + i, checks);
            }
        } else if (want.isNumber()) {
            checks.add(() -> assertEquals(want.asDouble(), got == null ? Double.NaN : got.asDouble(), 1e-6, at));
        } else if (want.isBoolean()) {
            checks.add(() -> assertEquals(want.asBoolean(), got != null && got.isBoolean() ? got.asBoolean() : null, at));
        } else {
            checks.add(() -> assertEquals(squash(want.asText()), got == null || got.isNull() ? null : squash(got.asText()), at));
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
