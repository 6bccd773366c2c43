package raingan.ingest.parse.date;

import raingan.ingest.thai.ThaiChars;

/** Character classes and cursor steps over text whose Thai digits are already Arabic. */
final class Chars {

    private Chars() {
    }

    /** White space including what OCR and PDF text layers leave: no-break and zero-width spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u202F'
                || c == '\u2007' || c == '\uFEFF';
    }

    /** White space that stays on the line. */
    static boolean isInlineSpace(char c) {
        return isSpace(c) && c != '\n' && c != '\r';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAlphanumeric(char c) {
        return isDigit(c) || isLatinLetter(c) || ThaiChars.isLetter(c);
    }

    /** The index of the first non-space char at or after {@code i}. */
    static int skipSpaces(CharSequence s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after the run of ASCII digits starting at {@code i} ({@code i} if none). */
    static int digitsEnd(CharSequence s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The value of the ASCII digits in [from, to); callers pass a few digits, never enough to overflow. */
    static int value(CharSequence s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n = n * 10 + (s.charAt(k) - '0');
        }
        return n;
    }

    static boolean charIs(CharSequence s, int i, char c) {
        return i >= 0 && i < s.length() && s.charAt(i) == c;
    }

    /** Whether {@code word} is at {@code i}, compared exactly. */
    static boolean startsWith(CharSequence s, int i, String word) {
        if (i < 0 || i + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(i + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The end of {@code word} at {@code i}, or -1; then optional white space is skipped. */
    static int word(CharSequence s, int i, String word) {
        return startsWith(s, i, word) ? skipSpaces(s, i + word.length()) : -1;
    }

    /** Whether {@code i} is the end of a Latin word (the next char is not a Latin letter). */
    static boolean latinWordEnds(CharSequence s, int i) {
        return i >= s.length() || !isLatinLetter(s.charAt(i));
    }

    /** Whether the lower-case Latin {@code word} is at {@code i}, in any case, ending there as a word. */
    static boolean latinWord(CharSequence s, int i, String word) {
        int end = i + word.length();
        if (end > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(s.charAt(i + k)) != word.charAt(k)) {
                return false;
            }
        }
        return latinWordEnds(s, end);
    }

    /**
     * The end of the abbreviation {@code letters} at {@code i} written with or without dots
     * and spaces (ก.พ., ก.พ, ก. พ., กพ), or -1. Without a final dot the abbreviation must end
     * the word, so กพ in กพร is not February.
     */
    static int abbreviation(CharSequence s, int i, String letters) {
        int p = i;
        for (int k = 0; k < letters.length(); k++) {
            if (k > 0) {
                if (charIs(s, p, '.')) {
                    p++;
                }
                while (p < s.length() && isInlineSpace(s.charAt(p))) {
                    p++;
                }
                // No mark can follow a dot: OCR's stray ุ in ก.ุย. is skipped.
                while (p < s.length() && ThaiChars.isMark(s.charAt(p)) && s.charAt(p) != letters.charAt(k)) {
                    p++;
                }
            }
            if (p >= s.length() || s.charAt(p) != letters.charAt(k)) {
                return -1;
            }
            p++;
            // OCR adds a mark to an abbreviation's letter (ธ.ค. read as ธิ.ค.); a mark that is part
            // of it (มี.ค.) is in letters and matched above, so ม.ค. never becomes มี.ค.
            while (p < s.length() && ThaiChars.isMark(s.charAt(p))
                    && (k + 1 >= letters.length() || s.charAt(p) != letters.charAt(k + 1))) {
                p++;
            }
        }
        if (charIs(s, p, '.')) {
            return p + 1;
        }
        return p < s.length() && ThaiChars.isLetter(s.charAt(p)) ? -1 : p;
    }

    /**
     * The end of the Thai {@code word} at {@code i} as OCR reads it, or -1: with spaces between
     * its characters (มีนา คม), its marks dropped (มีนาคม read as มนาคม) or marks added that it
     * does not have. The words a caller tries must stay distinct without their marks, as month
     * and weekday names do.
     */
    static int ocrWord(CharSequence s, int i, String word) {
        int p = i;
        for (int k = 0; k < word.length(); k++) {
            if (k > 0) {
                while (p < s.length() && isInlineSpace(s.charAt(p))) {
                    p++;
                }
            }
            char want = word.charAt(k);
            if (p < s.length() && s.charAt(p) == want) {
                p++;
            } else if (ThaiChars.isMark(want)) {
                continue;
            } else {
                return -1;
            }
            while (p < s.length() && ThaiChars.isMark(s.charAt(p))
                    && (k + 1 >= word.length() || s.charAt(p) != word.charAt(k + 1))) {
                p++;
            }
        }
        return p;
    }
}
