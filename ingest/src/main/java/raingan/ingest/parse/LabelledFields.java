package raingan.ingest.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code label : value} pairs from header lines: one field a line as in the text
 * export, or two a line as a two-column print gives ({@code เริ่มต้นโครงการ : …  งบประมาณที่ได้รับ : … บาท}).
 * A line with no label continues the free-text field before it (a wrapped value).
 */
final class LabelledFields {

    private static final Pattern LABEL = HeaderField.anyLabel();

    private final Map<HeaderField, String> values = new EnumMap<>(HeaderField.class);

    /** Reads each section's lines in turn: a wrapped value never continues across a section. */
    @SafeVarargs
    static LabelledFields read(List<String>... sections) {
        LabelledFields fields = new LabelledFields();
        for (List<String> lines : sections) {
            fields.readSection(lines);
        }
        return fields;
    }

    private void readSection(List<String> lines) {
        LabelledFields fields = this;
        HeaderField last = null;
        for (String line : lines) {
            if (line.indexOf(':') < 0 && line.indexOf('\t') < 0 && line.indexOf(';') < 0 && line.indexOf('：') < 0
                    && !line.contains(" .") && !line.contains(" ,")) {
                // No separator, so no label: the line can only continue the value before it.
                String text = line.strip();
                if (!text.isEmpty()) {
                    fields.continueField(last, text);
                }
                continue;
            }
            Matcher m = LABEL.matcher(line);
            int cursor = 0;
            HeaderField open = null;
            while (m.find()) {
                String before = line.substring(cursor, m.start()).strip();
                if (open != null) {
                    fields.values.putIfAbsent(open, before);
                } else if (!before.isEmpty()) {
                    fields.continueField(last, before);
                }
                open = fieldOf(m);
                cursor = m.end();
            }
            String rest = line.substring(cursor).strip();
            if (open != null) {
                fields.values.putIfAbsent(open, rest);
                last = open;
            } else if (!rest.isEmpty()) {
                fields.continueField(last, rest);
            }
        }
    }

    private void continueField(HeaderField field, String text) {
        if (field != null && field.wraps() && values.containsKey(field)) {
            values.put(field, (values.get(field) + " " + text).strip());
        }
    }

    private static HeaderField fieldOf(Matcher m) {
        for (HeaderField f : HeaderField.values()) {
            if (m.group(f.group()) != null) {
                return f;
            }
        }
        throw new IllegalStateException("a label matched without a field");
    }

    /** The value as printed, or empty when the label was absent or its value blank. */
    Optional<String> get(HeaderField field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** True when the label was printed, even with no value. */
    boolean printed(HeaderField field) {
        return values.containsKey(field);
    }
}
