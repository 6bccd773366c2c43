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
        for (String raw : lines) {
            String line = raw.indexOf('\t') >= 0 ? LabelCells.repaired(raw, LABEL) : raw;
            if (!hasSeparator(line)) {
                // No separator, so no label: the line can only continue the value before it.
                String text = line.strip();
                if (!text.isEmpty()) {
                    fields.continueField(last, text);
                }
                continue;
            }
            Matcher m = LABEL.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
            int cursor = 0;
            HeaderField open = null;
            while (findLabel(m, line, cursor)) {
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

    /**
     * Finds the next label at or after {@code from}. Every label ends in a separator, so only
     * the stretch before each separator is searched: trying the fourteen labels at every
     * position of a long line was the parser's single largest cost.
     */
    private static boolean findLabel(Matcher m, String line, int from) {
        int n = line.length();
        for (int sep = from; sep < n; sep++) {
            if (!isSeparator(line, sep)) {
                continue;
            }
            int start = sep;
            while (start > from && LEADER.indexOf(line.charAt(start - 1)) >= 0) {
                start--;
            }
            start = Math.max(from, start - MAX_LABEL);
            int end = sep + 1;
            while (end < n && LEADER.indexOf(line.charAt(end)) >= 0) {
                end++;
            }
            m.region(start, Math.min(n, end + 1));
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (isSeparator(line, i)) {
                return true;
            }
        }
        return false;
    }

    /** A colon, a tab, or what OCR reads a colon as: a semicolon, or a dot or comma after a space. */
    private static boolean isSeparator(String line, int i) {
        char c = line.charAt(i);
        return c == ':' || c == '\t' || c == ';' || c == '：'
                || ((c == '.' || c == ',') && i > 0 && line.charAt(i - 1) == ' ');
    }

    /** What may stand between a label and its separator, or after it: spaces, tabs and dotted leaders. */
    private static final String LEADER = " \t.…,";
    /** Longer than any label as OCR prints it, spaces and marks included. */
    private static final int MAX_LABEL = 80;

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
