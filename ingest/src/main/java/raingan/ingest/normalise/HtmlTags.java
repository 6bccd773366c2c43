package raingan.ingest.normalise;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises one HTML or XML tag by hand-written scanning, so that text such as {@code a < b}
 * is never taken for markup and no input can make the scan backtrack.
 */
final class HtmlTags {

    /** Elements seen in web pages and office exports; an unknown name counts only with tag syntax. */
    private static final Set<String> KNOWN = Set.of(
            "a", "abbr", "b", "big", "blockquote", "body", "br", "caption", "center", "code", "col",
            "colgroup", "dd", "del", "div", "dl", "dt", "em", "font", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "head", "hr", "html", "i", "img", "input", "ins", "label", "li", "link",
            "mark", "meta", "nobr", "ol", "option", "p", "pre", "s", "select", "small", "span",
            "strike", "strong", "style", "sub", "sup", "table", "tbody", "td", "textarea", "tfoot",
            "th", "thead", "title", "tr", "tt", "u", "ul", "wbr");

    /** Elements whose tag ends a line or a cell when rendered, so removing them must leave a space. */
    private static final Set<String> LINE_BREAKING = Set.of(
            "blockquote", "br", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
            "li", "ol", "p", "pre", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private HtmlTags() {
    }

    /**
     * The index just past the tag starting at {@code start} (which holds {@code <}), or -1
     * when what starts there is not a tag or is longer than {@code maxLength}.
     */
    static int tagEnd(String s, int start, int maxLength) {
        int limit = (int) Math.min(s.length(), (long) start + maxLength);
        if (s.startsWith("<!--", start)) {
            for (int i = start + 4; i + 3 <= limit; i++) {
                if (s.startsWith("-->", i)) {
                    return i + 3;
                }
            }
            return -1;
        }
        int i = start + 1;
        boolean closing = i < limit && s.charAt(i) == '/';
        boolean declaration = i < limit && (s.charAt(i) == '!' || s.charAt(i) == '?');
        if (closing || declaration) {
            i++;
        }
        int nameStart = i;
        if (i >= limit || !isAsciiLetter(s.charAt(i))) {
            return -1;
        }
        while (i < limit && isNameChar(s.charAt(i))) {
            i++;
        }
        if (i >= limit || !(Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '/' || s.charAt(i) == '>')) {
            return -1;
        }
        String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
        boolean hasAttribute = false;
        while (i < limit) {
            char c = s.charAt(i);
            if (c == '>') {
                boolean tagLike = closing || declaration || hasAttribute || KNOWN.contains(name)
                        || name.indexOf(':') >= 0 || s.charAt(i - 1) == '/';
                return tagLike ? i + 1 : -1;
            } else if (c == '"' || c == '\'') {
                int close = closingQuote(s, i + 1, limit, c);
                if (close < 0) {
                    // OCR reads one quote of a pair as the other (type="checkbox'/>).
                    close = closingQuote(s, i + 1, limit, c == '"' ? '\'' : '"');
                }
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else if (c == '<') {
                return -1;
            } else {
                hasAttribute |= c == '=';
                i++;
            }
        }
        return -1;
    }

    private static int closingQuote(String s, int from, int limit, char quote) {
        for (int i = from; i < limit; i++) {
            if (s.charAt(i) == quote) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the tag starting at {@code start} is one whose removal must leave a space. */
    static boolean breaksLine(String s, int start) {
        int i = start + 1;
        if (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        int nameStart = i;
        while (i < s.length() && isNameChar(s.charAt(i))) {
            i++;
        }
        return LINE_BREAKING.contains(s.substring(nameStart, i).toLowerCase(Locale.ROOT));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_' || c == '.';
    }
}
