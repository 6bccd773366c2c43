package raingan.ingest.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Removes the markup debris that web pages and Markdown exports leave in one field value, and
 * says what it removed so that the caller can record it.
 *
 * <p>Removed: HTML and XML tags ({@code <input type="checkbox"/>}, {@code <br>}, {@code </p>},
 * {@code <o:p>}, comments); Markdown emphasis runs of two or more asterisks, escaped or not
 * ({@code **}, {@code \*\*}, {@code ***}) and {@code __} or {@code \_\_}. Decoded: HTML
 * entities ({@code &nbsp;}, {@code &amp;}, {@code &#3585;}, {@code &#x0E01;}) and single
 * Markdown escapes ({@code \*} → {@code *}). A tag that breaks a line ({@code <br>},
 * {@code </p>}, {@code <td>} …) leaves a space; others leave nothing. Then whitespace runs
 * fold to one space (to one {@code \n} when they hold a line break) and the ends are trimmed.
 *
 * <p>Only what looks like markup goes: {@code a < b}, {@code 5 > 3}, {@code <3} and
 * {@code <x and y>} are text, as are a single {@code *}, fill-in lines of three or more
 * underscores and unknown entities such as {@code &foo;}. Stateless and thread-safe.
 */
public final class MarkupStripper {

    /** Tags scanned further than this are taken as text, which keeps the scan linear. */
    private static final int MAX_TAG_LENGTH = 2_000;

    /**
     * The value without markup, and each removed or decoded piece as printed, in order.
     *
     * @param text the value with its markup removed, whitespace folded and trimmed
     * @param removed the pieces taken out or decoded, as they were printed; empty when none
     */
    public record Stripped(String text, List<String> removed) {
        public Stripped {
            Objects.requireNonNull(text, "text");
            removed = List.copyOf(removed);
        }
    }

    /**
     * Strips one field value.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public Stripped strip(String value) {
        Objects.requireNonNull(value, "value");
        if (!mayHoldMarkup(value)) {
            // Most values are plain text: spare them the copy.
            return new Stripped(foldWhitespace(value), List.of());
        }
        StringBuilder out = new StringBuilder(value.length());
        List<String> removed = new ArrayList<>();
        int n = value.length();
        int i = 0;
        while (i < n) {
            char c = value.charAt(i);
            int end;
            if (c == '<' && (end = HtmlTags.tagEnd(value, i, MAX_TAG_LENGTH)) > 0) {
                removed.add(value.substring(i, end));
                if (HtmlTags.breaksLine(value, i)) {
                    out.append(' ');
                }
                i = end;
            } else if (c == '&' && (end = HtmlEntities.entityEnd(value, i)) > 0) {
                removed.add(value.substring(i, end));
                appendDecoded(out, HtmlEntities.decode(value, i, end));
                i = end;
            } else if (c == '*' || c == '_' || (c == '\\' && i + 1 < n && isEmphasis(value.charAt(i + 1)))) {
                i = emphasisRun(value, i, out, removed);
            } else {
                out.append(c);
                i++;
            }
        }
        return new Stripped(foldWhitespace(out), removed);
    }

    private static boolean mayHoldMarkup(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '<' || c == '&' || c == '*' || c == '_' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmphasis(char c) {
        return c == '*' || c == '_';
    }

    /** Handles a run of one emphasis character, escaped or not; returns the index after it. */
    private static int emphasisRun(String value, int start, StringBuilder out, List<String> removed) {
        char mark = value.charAt(start) == '\\' ? value.charAt(start + 1) : value.charAt(start);
        int i = start;
        int count = 0;
        boolean escaped = false;
        while (i < value.length()) {
            if (value.charAt(i) == mark) {
                i++;
            } else if (value.charAt(i) == '\\' && i + 1 < value.length() && value.charAt(i + 1) == mark) {
                escaped = true;
                i += 2;
            } else {
                break;
            }
            count++;
        }
        String run = value.substring(start, i);
        boolean emphasis = mark == '*' ? count >= 2 : count == 2;
        if (emphasis) {
            removed.add(run);
        } else if (escaped) {
            // A lone escaped mark, or a fill-in line typed with escapes: keep the marks, drop the escapes.
            removed.add(run);
            out.append(String.valueOf(mark).repeat(count));
        } else {
            out.append(run);
        }
        return i;
    }

    private static void appendDecoded(StringBuilder out, String decoded) {
        for (int k = 0; k < decoded.length(); k++) {
            char d = decoded.charAt(k);
            if (!InvisibleChars.isZeroWidth(d)) {
                out.append(d);
            }
        }
    }

    private static String foldWhitespace(CharSequence text) {
        if (isFolded(text)) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            boolean lineBreak = false;
            while (i < n && isWhitespace(text.charAt(i))) {
                lineBreak |= text.charAt(i) == '\n';
                i++;
            }
            if (out.length() > 0 && i < n) {
                out.append(lineBreak ? '\n' : ' ');
            }
        }
        return out.toString();
    }

    /** True when no white space but single spaces between words: folding would change nothing. */
    private static boolean isFolded(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i == 0 || i == n - 1 || text.charAt(i - 1) == ' ' : isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        if (c >= '\u0E00' && c <= '\u0E7F') {
            return false;
        }
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
