package raingan.warehouse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

/**
 * Reads a record's JSON and checks it against the record's JSON Schema before anything is loaded,
 * so a bad record is refused with the reason the schema gives. Fields the schema does not know are
 * ignored, not refused: a newer raingan's record (one with provenance, say) loads, less what this
 * warehouse has no column for. Thread-safe.
 */
final class RecordReader {

    private static final String SCHEMA = "/raingan/model/report-record.schema.json";
    /** The keyword that forbids fields the schema does not list. */
    private static final String CLOSED = "additionalProperties";
    private static final int REASONS_SHOWN = 3;

    private final RecordJson json;
    private final JsonSchema schema;

    RecordReader(RecordJson json) {
        this.json = json;
        try (InputStream in = ReportRecord.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is not on the class path");
            }
            JsonNode tree = json.mapper().readTree(in);
            open(tree);
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA, e);
        }
    }

    /** Drops every {@code additionalProperties: false}: the schema then admits fields it does not name. */
    private static void open(JsonNode schema) {
        if (schema instanceof ObjectNode o) {
            o.remove(CLOSED);
        }
        schema.forEach(RecordReader::open);
    }

    /** The record in {@code text}, or why it cannot be loaded. */
    RecordInput read(String location, String text) {
        JsonNode tree;
        try {
            tree = json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return RecordInput.refused(location, "not JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            return RecordInput.refused(location, "not a JSON object");
        }
        JsonNode version = tree.path("schemaVersion");
        if (version.isInt() && version.intValue() > ReportRecord.SCHEMA_VERSION) {
            return RecordInput.refused(location, "schema version " + version.intValue() + " is newer than this"
                    + " warehouse holds (" + ReportRecord.SCHEMA_VERSION + "): load it with the raingan that wrote it");
        }
        List<String> violations = schema.validate(tree).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
        if (!violations.isEmpty()) {
            String shown = violations.stream().limit(REASONS_SHOWN).collect(Collectors.joining("; "));
            int more = violations.size() - REASONS_SHOWN;
            return RecordInput.refused(location, "does not match the record schema: " + shown
                    + (more > 0 ? " (and " + more + " more)" : ""));
        }
        try {
            return RecordInput.of(location, json.mapper().treeToValue(tree, ReportRecord.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return RecordInput.refused(location, "not a report record: " + Warehouse.firstLine(e));
        }
    }
}
