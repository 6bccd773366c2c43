package raingan.ingest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.ingest.SharedFiles;
import raingan.model.RecordJson;

/** raingan eval must score exactly as the project's reference scorer, shared/tools/score-record. */
class RecordScoreTest {

    @TempDir
    Path tmp;

    private final RecordJson json = new RecordJson();

    @Test
    void agreesWithTheReferenceScorerOnADamagedRecord() throws Exception {
        Path expectedFile = SharedFiles.require("spec/seed.expected.json");
        Path tool = SharedFiles.require("tools/score-record");
        JsonNode expected = json.mapper().readTree(expectedFile.toFile());
        ObjectNode damaged = expected.deepCopy();
        ((ObjectNode) damaged.get("project")).put("code", "0416-3940");
        ((ObjectNode) damaged.get("project")).putNull("startDate");
        ((ObjectNode) damaged.get("reports").get(3)).put("status", "อยู่ระหว่างขั้นตอน");
        ((ObjectNode) damaged.get("reports").get(4)).put("onPlan", false);
        ((com.fasterxml.jackson.databind.node.ArrayNode) damaged.get("findings")).remove(0);
        Path actualFile = tmp.resolve("actual.json");
        json.mapper().writeValue(actualFile.toFile(), damaged);

        RecordScore ours = RecordScore.of(expected, damaged);
        Process p = new ProcessBuilder("python3", tool.toString(), "--quiet", expectedFile.toString(), actualFile.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        Matcher m = Pattern.compile("fields (\\d+)/(\\d+) exact \\([^)]*\\), text similarity ([0-9.]+), findings recall ([0-9.]+) precision ([0-9.]+)")
                .matcher(out);
        assertTrue(m.find(), out);
        assertEquals(Integer.parseInt(m.group(1)), ours.fieldsOk(), out);
        assertEquals(Integer.parseInt(m.group(2)), ours.fields(), out);
        assertEquals(137, ours.fieldsOk(), "four fields were damaged");
        assertEquals(Double.parseDouble(m.group(3)), ours.textSimilarity(), 0.0005, out);
        assertEquals(Double.parseDouble(m.group(4)), ours.findingsRecall(), 0.005, out);
        assertEquals(Double.parseDouble(m.group(5)), ours.findingsPrecision(), 0.005, out);
        assertTrue(ours.dateAccuracy() < 1, "the nulled start date counts against date accuracy");
    }

    @Test
    void differencesNameEachFieldAndFindingThatFellShort() throws Exception {
        JsonNode expected = json.mapper().readTree(SharedFiles.require("spec/seed.expected.json").toFile());
        ObjectNode damaged = expected.deepCopy();
        ((ObjectNode) damaged.get("project")).put("code", "0416-3940");
        ((ObjectNode) damaged.get("reports").get(4)).put("onPlan", false);
        String removed = damaged.get("findings").get(0).get("rule").asText() + " "
                + damaged.get("findings").get(0).get("at").asText();
        ((com.fasterxml.jackson.databind.node.ArrayNode) damaged.get("findings")).remove(0);

        assertEquals(java.util.List.of(
                "project/code: expected \"04160000-3940\", got \"0416-3940\"",
                "reports/4/onPlan: expected " + expected.get("reports").get(4).get("onPlan") + ", got false",
                "finding missing: " + removed), RecordScore.differences(expected, damaged));
        assertEquals(java.util.List.of(), RecordScore.differences(expected, expected));
    }

    @Test
    void aMissingRecordScoresNothing() throws Exception {
        JsonNode expected = json.mapper().readTree(SharedFiles.require("spec/seed.expected.json").toFile());
        RecordScore none = RecordScore.of(expected, null);
        assertEquals(141, none.fields());
        assertTrue(none.fieldsOk() <= 1, "only fields expected to be null can match nothing");
        assertEquals(0.0, none.findingsRecall());
    }
}
