package raingan.ingest.parse;

import java.util.regex.Pattern;
import raingan.ingest.thai.ThaiChars;

/**
 * Makes the form's fixed wording readable through OCR damage. Tesseract drops or confuses
 * Thai marks above and below the line far more often than it misreads letters (ที่ → ที or
 * ทิ, ปี → ปิ, ครั้ง → ครัง, เริ่มต้น → เริมต้น), so in a label or key word each cluster of marks
 * matches any marks, or none. Of letters, it confuses a few pairs that differ by one stroke
 * (ตาม → ดาม, ซ for ช, ป for บ, seen on generated scans); in key words each matches its pair.
 */
final class OcrTolerance {

    private OcrTolerance() {
    }

    /** Letters OCR reads as one another, each with the class that matches either. */
    private static final String CONFUSED = "ตดบปชซ";
    private static final String[] CONFUSED_WITH = {"[ตด]", "[ดต]", "[บป]", "[ปบ]", "[ชซ]", "[ซช]"};

    /**
     * Any Thai mark above or below a letter, or none, and the space OCR sometimes reads after a
     * mark whose box stands apart from its word (เป็ นไปตามแผน).
     */
    private static final String ANY_MARKS = "[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]{0,3} ?";

    /**
     * Compiles {@code regex} with every cluster of Thai marks written in it matching any marks or
     * none (a space after them too), and each easily confused letter matching its pair.
     */
    static Pattern compile(String regex) {
        return Pattern.compile(marksOptional(regex));
    }

    static String marksOptional(String regex) {
        StringBuilder sb = new StringBuilder(regex.length() + 16);
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            sb.append(c);
            if (c == '\\' && i + 1 < regex.length()) {
                sb.append(regex.charAt(++i));
                continue;
            }
            if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0 && CONFUSED.indexOf(c) >= 0) {
                sb.setLength(sb.length() - 1);
                sb.append(CONFUSED_WITH[CONFUSED.indexOf(c)]);
            } else if (classDepth == 0 && ThaiChars.isMark(c)) {
                sb.setLength(sb.length() - 1);
                while (i + 1 < regex.length() && (ThaiChars.isMark(regex.charAt(i + 1)) || regex.charAt(i + 1) == '?')) {
                    i++;
                }
                sb.append(ANY_MARKS);
            }
        }
        return sb.toString();
    }

    /**
     * Removes what OCR leaves at the end of a value from table rules and dotted leaders:
     * trailing punctuation, bars and one- or two-letter Latin specks after Thai text.
     */
    static String trimTrailingNoise(String value) {
        String v = value.strip();
        boolean changed = true;
        while (changed && !v.isEmpty()) {
            changed = false;
            int end = v.length();
            while (end > 0 && NOISE_CHARS.indexOf(v.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end < v.length()) {
                v = v.substring(0, end).strip();
                changed = true;
            }
            int space = v.lastIndexOf(' ');
            String before = space > 0 ? v.substring(0, space).strip() : "";
            if (!before.isEmpty() && v.length() - space - 1 <= 2 && isLatinSpeck(v.substring(space + 1))) {
                char last = before.charAt(before.length() - 1);
                if ((ThaiChars.isThai(last) && !ThaiChars.isUnassigned(last)) || NOISE_CHARS.indexOf(last) >= 0) {
                    v = before;
                    changed = true;
                }
            }
        }
        return v;
    }

    private static final String NOISE_CHARS = ".|:;=_~'\"`,-–—‘’“”";

    private static boolean isLatinSpeck(String token) {
        return !token.isEmpty() && token.chars().allMatch(ch -> (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
    }
}
