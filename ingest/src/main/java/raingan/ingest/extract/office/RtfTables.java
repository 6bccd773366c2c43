package raingan.ingest.extract.office;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites an RTF file's table marks so that Tika keeps a row on one line: Tika's RTF parser
 * ends a paragraph at every {@code \cell}, which would put a form's label and its value on
 * separate lines. A cell end becomes a tab, a row end a paragraph end. Pure.
 */
final class RtfTables {

    /** A control word for a cell or row end, or an escaped backslash (so {@code \\cell} in text is left alone). */
    private static final Pattern MARKS = Pattern.compile("\\\\\\\\|\\\\(nest)?(cell|row)(?![a-zA-Z])");

    private RtfTables() {
    }

    static byte[] cellsAsTabs(byte[] rtf) {
        // RTF is 7-bit: every byte maps to one char in ISO-8859-1 and back unchanged.
        String text = new String(rtf, StandardCharsets.ISO_8859_1);
        Matcher m = MARKS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement = m.group(2) == null ? m.group() : "cell".equals(m.group(2)) ? "\\tab" : "\\par";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
