package raingan.ingest.parse;

/**
 * White space as a regular expression's {@code \s} has it, for the scans written by hand
 * where a pattern cost too much: they must split and strip exactly where the pattern did.
 */
final class AsciiSpace {

    private AsciiSpace() {
    }

    static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
