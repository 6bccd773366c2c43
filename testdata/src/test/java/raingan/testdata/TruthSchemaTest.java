package raingan.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import raingan.model.RecordJson;
import raingan.testdata.generate.GeneratedReport;
import raingan.testdata.generate.ReportGenerator;

class TruthSchemaTest {

    private static final RecordJson JSON = new RecordJson();
    private static SchemaCheck schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = SchemaCheck.reportRecord(JSON.mapper());
    }

    private static JsonNode truth(long seed) {
        GeneratedReport r = new ReportGenerator().generate("gen-0001", seed);
        // Through the written text, as consumers read it.
        try {
            return JSON.mapper().readTree(JSON.pretty(r.truth()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyGeneratedTruthConformsToTheRecordSchema() {
        for (int i = 0; i < 300; i++) {
            JsonNode truth = truth(ReportGenerator.seedFor(808, i));
            assertEquals(List.of(), schema.violations(truth), "seed index " + i);
        }
    }

    @Test
    void theCheckRejectsWhatTheSchemaForbids() {
        JsonNode good = truth(12);
        ObjectNode extra = good.deepCopy();
        ((ObjectNode) extra.get("reports").get(0)).put("empty", false);
        assertFalse(schema.violations(extra).isEmpty(), "an extra property in a report");

        ObjectNode badCategory = good.deepCopy();
        ((ObjectNode) badCategory.get("reports").get(0)).put("statusCategory", "done");
        assertFalse(schema.violations(badCategory).isEmpty(), "a status category outside the enum");

        ObjectNode badDate = good.deepCopy();
        ((ObjectNode) badDate.get("project")).put("startDate", "2563-02-31");
        assertFalse(schema.violations(badDate).isEmpty(), "a date that does not exist");

        ObjectNode missing = good.deepCopy();
        missing.remove("findings");
        assertFalse(schema.violations(missing).isEmpty(), "a required property missing");

        ObjectNode badFinding = good.deepCopy();
        ((ArrayNode) badFinding.get("findings")).addObject().put("rule", "Not A Rule").put("severity", "fatal")
                .put("at", "reports/1").put("message", "");
        assertEquals(4, schema.violations(badFinding).size(), schema.violations(badFinding).toString());

        ObjectNode wrongType = good.deepCopy();
        ((ObjectNode) wrongType.get("project")).put("budgetReceived", "1,000");
        assertFalse(schema.violations(wrongType).isEmpty(), "an amount as a string");
    }
}
