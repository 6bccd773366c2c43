package raingan.ingest.normalise;

/** Character classes of the Thai block and the invisible characters extraction leaves behind. */
final class ThaiChars {

    private ThaiChars() {
    }

    /** Printable ASCII, which no rule of the normaliser changes. */
    static boolean isAsciiTextChar(char c) {
        return c > ' ' && c < '\u007F';
    }

    /** A character of the Thai block (U+0E00–U+0E7F). */
    static boolean isThai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    /** ก to ฮ, including ฤ and ฦ. */
    static boolean isConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    /** Any combining mark of the Thai block: vowel marks, tone marks, thanthakhat, nikhahit, yamakkan. */
    static boolean isMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /** Vowel marks above (ั ิ ี ึ ื ็) and below (ุ ู ฺ) the consonant, which come before its tone mark. */
    static boolean isVowelMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || c == '\u0E47';
    }

    /** Mai ek, mai tho, mai tri, mai chattawa. */
    static boolean isTone(char c) {
        return c >= '\u0E48' && c <= '\u0E4B';
    }

    /** A tone mark or thanthakhat (์), the marks written after a vowel mark. */
    static boolean isToneOrThanthakhat(char c) {
        return c >= '\u0E48' && c <= '\u0E4C';
    }

    /** Zero-width space, non-joiner, joiner, word joiner, byte order mark and soft hyphen. */
    static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u00AD';
    }

    /** Line breaks other than CR and LF: next line, line separator, paragraph separator. */
    static boolean isLineSeparator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
