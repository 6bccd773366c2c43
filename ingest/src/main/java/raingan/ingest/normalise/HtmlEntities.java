package raingan.ingest.normalise;

import java.util.Map;

/**
 * Decodes HTML character references: numeric ones ({@code &#3585;}, {@code &#x0E01;}) and the
 * named ones that appear in web pages and office exports. Only references closed by {@code ;}
 * count; an unknown name is text.
 */
final class HtmlEntities {

    private static final int MAX_NAME_LENGTH = 10;

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", "\u00A0"), Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"), Map.entry("thinsp", "\u2009"),
            Map.entry("zwsp", "\u200B"), Map.entry("zwnj", "\u200C"), Map.entry("zwj", "\u200D"),
            Map.entry("shy", "\u00AD"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
            Map.entry("minus", "\u2212"), Map.entry("hellip", "\u2026"), Map.entry("bull", "\u2022"),
            Map.entry("middot", "\u00B7"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"), Map.entry("laquo", "\u00AB"),
            Map.entry("raquo", "\u00BB"), Map.entry("times", "\u00D7"), Map.entry("divide", "\u00F7"),
            Map.entry("deg", "\u00B0"), Map.entry("plusmn", "\u00B1"), Map.entry("percnt", "%"),
            Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"),
            Map.entry("sect", "\u00A7"), Map.entry("para", "\u00B6"), Map.entry("frac12", "\u00BD"),
            Map.entry("frac14", "\u00BC"), Map.entry("frac34", "\u00BE"), Map.entry("euro", "\u20AC"),
            Map.entry("baht", "\u0E3F"));

    private HtmlEntities() {
    }

    /**
     * The index just past the character reference starting at {@code start} (which holds
     * {@code &}), or -1 when none that can be decoded starts there.
     */
    static int entityEnd(String s, int start) {
        int i = start + 1;
        int limit = Math.min(s.length(), start + 2 + MAX_NAME_LENGTH);
        while (i < limit && s.charAt(i) != ';') {
            i++;
        }
        if (i >= limit) {
            return -1;
        }
        return decode(s, start, i + 1) == null ? -1 : i + 1;
    }

    /** The text of the reference {@code s[start, end)}, or null when it cannot be decoded. */
    static String decode(String s, int start, int end) {
        String body = s.substring(start + 1, end - 1);
        if (body.length() < 2 || body.charAt(0) != '#') {
            return NAMED.get(body);
        }
        boolean hex = body.charAt(1) == 'x' || body.charAt(1) == 'X';
        String digits = body.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 7) {
            return null;
        }
        int code = 0;
        for (int k = 0; k < digits.length(); k++) {
            char ch = digits.charAt(k);
            int d = ch < 128 ? Character.digit(ch, hex ? 16 : 10) : -1;
            if (d < 0) {
                return null;
            }
            code = code * (hex ? 16 : 10) + d;
        }
        boolean valid = code > 0 && code <= Character.MAX_CODE_POINT
                && !(code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE);
        return valid ? new String(Character.toChars(code)) : null;
    }
}
