package raingan.ingest.parse;

import java.util.regex.Pattern;

/**
 * White space as a regular expression's {@code \s} has it, for the scans written by hand
 * where a pattern cost too much: they must split and strip exactly where the pattern did.
 */
final class AsciiSpace {

    private static final Pattern RUNS = Pattern.compile("\\s+");

    private AsciiSpace() {
    }

    static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code text} with each run of white space replaced by {@code with}. */
    static String replaceRuns(CharSequence text, String with) {
        return RUNS.matcher(text).replaceAll(with);
    }
}
