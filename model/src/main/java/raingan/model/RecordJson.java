package raingan.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The record's JSON form: field order fixed by the types, dates as ISO strings, amounts
 * in plain notation, nulls kept. The same record always gives the same bytes.
 * Instances are thread-safe once built.
 */
public final class RecordJson {

    private final ObjectMapper mapper;
    private final DefaultPrettyPrinter pretty;

    public RecordJson() {
        mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        pretty.indentObjectsWith(indenter);
        pretty.indentArraysWith(indenter);
    }

    /** The record as indented JSON ending in a newline, as written to {@code X.json}. */
    public String pretty(ReportRecord record) {
        try {
            return mapper.writer(pretty).writeValueAsString(record) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record could not be serialised", e);
        }
    }

    /** The record on one line, as written to JSON Lines files. */
    public String line(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value could not be serialised", e);
        }
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    public ReportRecord read(InputStream in) {
        try {
            return mapper.readValue(in, ReportRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a report record: " + e.getMessage(), e);
        }
    }

    public ReportRecord read(String json) {
        try {
            return mapper.readValue(json, ReportRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a report record: " + e.getMessage(), e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
