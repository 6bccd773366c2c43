package raingan.ingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import raingan.ingest.SharedFiles;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.source.SourceDocument;
import raingan.model.RecordJson;

/** The JSON Schema shipped in the model accepts what raingan writes, and rejects what breaks the contract. */
class RecordSchemaTest {

    private static JsonSchema schema;
    private static JsonNode seedRecord;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = RecordJson.class.getResourceAsStream("/raingan/model/report-record.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Path seed;
        try (var files = Files.list(SharedFiles.require("corpus/seed"))) {
            seed = files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        try (Converter converter = new Converter(ExtractionSettings.defaults())) {
            seedRecord = new RecordJson().tree(converter.convert(SourceDocument.of(seed)));
        }
    }

    @Test
    void theSeedRecordIsValid() {
        assertEquals(Set.of(), schema.validate(seedRecord));
    }

    @Test
    void aRecordWithAnUnknownStatusCategoryIsRejected() {
        ObjectNode broken = seedRecord.deepCopy();
        ((ObjectNode) broken.get("reports").get(0)).put("statusCategory", "finished");
        Set<ValidationMessage> errors = schema.validate(broken);
        assertFalse(errors.isEmpty());
    }

    @Test
    void aRecordWithADateInThaiDigitsIsRejected() {
        ObjectNode broken = seedRecord.deepCopy();
        ((ObjectNode) broken.get("project")).put("startDate", "๒๕๖๒-๑๐-๐๑");
        assertFalse(schema.validate(broken).isEmpty());
    }

    @Test
    void aFindingWithoutAMessageIsRejected() {
        ObjectNode broken = seedRecord.deepCopy();
        ((ObjectNode) broken.get("findings").get(0)).remove("message");
        assertFalse(schema.validate(broken).isEmpty());
    }
}
