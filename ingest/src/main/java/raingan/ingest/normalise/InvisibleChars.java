package raingan.ingest.normalise;

/** The characters extraction leaves in text that a reader cannot see, and the normaliser removes or folds. */
final class InvisibleChars {

    private InvisibleChars() {
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
