package raingan.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks JSON against the record's JSON Schema (draft 2020-12), for the keywords that schema
 * uses: type, const, enum, required, properties, additionalProperties, items, $ref into $defs,
 * oneOf, pattern, format date, minimum, maximum, minLength. The networknt validator is a test
 * dependency of model and ingest only, not of testdata, whose pom we do not change; an
 * unknown keyword makes the check fail rather than pass silently.
 */
final class SchemaCheck {

    private static final List<String> KNOWN = List.of("$schema", "$id", "title", "description", "$defs", "type",
            "const", "enum", "required", "properties", "additionalProperties", "items", "$ref", "oneOf", "pattern",
            "format", "minimum", "maximum", "minLength");

    private final JsonNode schema;

    SchemaCheck(JsonNode schema) {
        this.schema = schema;
    }

    /** The report-record schema from the model's resources. */
    static SchemaCheck reportRecord(ObjectMapper mapper) throws IOException {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/raingan/model/report-record.schema.json")) {
            if (in == null) {
                throw new IOException("report-record.schema.json is not on the class path");
            }
            return new SchemaCheck(mapper.readTree(in));
        }
    }

    /** Every violation, as {@code pointer: problem}; empty when the value conforms. */
    List<String> violations(JsonNode value) {
        List<String> out = new ArrayList<>();
        check(schema, value, "", out);
        return out;
    }

    private void check(JsonNode s, JsonNode v, String at, List<String> out) {
        for (Iterator<String> names = s.fieldNames(); names.hasNext(); ) {
            String keyword = names.next();
            if (!KNOWN.contains(keyword)) {
                out.add(at + ": schema keyword " + keyword + " is not supported by this check");
            }
        }
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                out.add(at + ": unsupported $ref " + ref);
                return;
            }
            check(schema.get("$defs").get(ref.substring("#/$defs/".length())), v, at, out);
        }
        if (s.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : s.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(option, v, at, sub);
                matches += sub.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
                out.add(at + ": matches " + matches + " of oneOf's options, not exactly one");
            }
        }
        if (s.has("type") && !typeMatches(s.get("type"), v)) {
            out.add(at + ": " + kind(v) + " where " + s.get("type") + " is required");
            return;
        }
        if (s.has("const") && !s.get("const").equals(v)) {
            out.add(at + ": " + v + " is not " + s.get("const"));
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode option : s.get("enum")) {
                found |= option.equals(v);
            }
            if (!found) {
                out.add(at + ": " + v + " is not one of " + s.get("enum"));
            }
        }
        if (v.isTextual()) {
            text(s, v.textValue(), at, out);
        }
        if (v.isNumber()) {
            if (s.has("minimum") && v.decimalValue().compareTo(s.get("minimum").decimalValue()) < 0) {
                out.add(at + ": " + v + " is below " + s.get("minimum"));
            }
            if (s.has("maximum") && v.decimalValue().compareTo(s.get("maximum").decimalValue()) > 0) {
                out.add(at + ": " + v + " is above " + s.get("maximum"));
            }
        }
        if (v.isObject()) {
            object(s, v, at, out);
        }
        if (v.isArray() && s.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                check(s.get("items"), v.get(i), at + "/" + i, out);
            }
        }
    }

    private static void text(JsonNode s, String text, String at, List<String> out) {
        if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(text).find()) {
            out.add(at + ": \"" + text + "\" does not match " + s.get("pattern").asText());
        }
        if (s.has("minLength") && text.codePointCount(0, text.length()) < s.get("minLength").asInt()) {
            out.add(at + ": shorter than " + s.get("minLength"));
        }
        if (s.has("format") && "date".equals(s.get("format").asText())) {
            try {
                LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                out.add(at + ": \"" + text + "\" is not a date");
            }
        }
    }

    private void object(JsonNode s, JsonNode v, String at, List<String> out) {
        if (s.has("required")) {
            for (JsonNode name : s.get("required")) {
                if (!v.has(name.asText())) {
                    out.add(at + ": required " + name.asText() + " is missing");
                }
            }
        }
        JsonNode properties = s.get("properties");
        for (Map.Entry<String, JsonNode> field : v.properties()) {
            if (properties != null && properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), at + "/" + field.getKey(), out);
            } else if (s.has("additionalProperties") && !s.get("additionalProperties").asBoolean(true)) {
                out.add(at + ": property " + field.getKey() + " is not allowed");
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (is(t.asText(), v)) {
                    return true;
                }
            }
            return false;
        }
        return is(type.asText(), v);
    }

    private static boolean is(String type, JsonNode v) {
        return switch (type) {
            case "null" -> v.isNull();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber() || v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0;
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            default -> false;
        };
    }

    private static String kind(JsonNode v) {
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
