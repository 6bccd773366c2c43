package raingan.ingest.normalise;

import java.util.Arrays;
import raingan.ingest.thai.ThaiChars;

/**
 * Accumulates normalised text one character at a time, repairing each character against the
 * tail already written: all the rules of {@link ThaiTextNormaliser} look back at most a few
 * characters, so the whole document is cleaned in one pass without regular expressions.
 * One instance per call; not thread-safe.
 */
final class ThaiTextBuilder {

    private static final char SARA_E = '\u0E40';
    private static final char SARA_AE = '\u0E41';
    private static final char SARA_AA = '\u0E32';
    private static final char SARA_AM = '\u0E33';
    private static final char NIKHAHIT = '\u0E4D';

    /** Longer runs of combining marks than this are not looked into (real text has three or fewer). */
    private static final int MAX_RUN = 32;

    // A bare array rather than a StringBuilder: this is touched once or more for every
    // character of every document, and JFR put StringBuilder's checks high in the normaliser.
    private char[] out;
    private int length;
    /** Set once a zero-width character is dropped or a Thai mark moved, merged or dropped. */
    private boolean mayBreakNfc;

    ThaiTextBuilder(int capacity) {
        out = new char[Math.max(16, capacity)];
    }

    void append(char c) {
        if (isPlain(c)) {
            // Most characters: nothing to repair. Kept first and small, so that the JIT inlines it.
            put(c);
        } else if (c == ' ' || c == '\t' || c == '\n') {
            appendAscii(c);
        } else if (ThaiChars.isThai(c)) {
            appendThai(c);
        } else if (InvisibleChars.isZeroWidth(c)) {
            mayBreakNfc = true;
        } else if (InvisibleChars.isLineSeparator(c)) {
            appendAscii('\n');
        } else if (Character.getType(c) == Character.SPACE_SEPARATOR) {
            appendAscii(' ');
        } else {
            put(c);
        }
    }

    /** Printable ASCII other than the space, which no rule changes, and Thai consonants: written as they come. */
    private static boolean isPlain(char c) {
        return (c > ' ' && c < '\u007F') || ThaiChars.isConsonant(c);
    }

    /**
     * False when the text written is NFC because its input was: no character was dropped from
     * between others (a zero-width one) and no mark was moved, merged or dropped, any of which
     * can bring marks together in an order NFC does not keep. What else changes (spaces folded
     * or trimmed, line separators, no-break spaces) swaps or drops characters that nothing
     * composes with, so characters of other scripts keep their NFC neighbours.
     */
    boolean mayBreakNfc() {
        return mayBreakNfc;
    }

    private void appendThai(char c) {
        if (c == SARA_E) {
            appendSaraE();
        } else if (c == SARA_AA) {
            appendSaraAa();
        } else if (ThaiChars.isMark(c)) {
            appendMark(c);
        } else {
            put(c);
        }
    }

    /** The text written, spaces at its end removed. */
    String finish() {
        trimTrailingSpaces();
        return new String(out, 0, length);
    }

    private void appendAscii(char c) {
        if (c == ' ') {
            if (last() != ' ') {
                put(' ');
            }
        } else {
            if (c == '\n') {
                trimTrailingSpaces();
            }
            put(c);
        }
    }

    private void appendSaraE() {
        // No Thai syllable has two leading sara e: เเ is sara ae typed as two keys.
        if (last() == SARA_E) {
            out[length - 1] = SARA_AE;
        } else {
            put(SARA_E);
        }
    }

    private void appendSaraAa() {
        int end = length;
        int start = end;
        while (start > 0 && (ThaiChars.isTone(out[start - 1]) || out[start - 1] == NIKHAHIT)) {
            start--;
        }
        if (indexOf(NIKHAHIT, start, end) >= 0) {
            // Tone marks that sat before or between nikhahit and sara aa go before sara am;
            // appending them again applies the order and duplicate rules to them.
            mayBreakNfc = true;
            String tones = new String(out, start, end - start);
            length = start;
            for (int i = 0; i < tones.length(); i++) {
                if (tones.charAt(i) != NIKHAHIT) {
                    appendMark(tones.charAt(i));
                }
            }
            put(SARA_AM);
        } else if (last() != SARA_AM) {
            // After sara am a sara aa can only be the second glyph of a decomposed ำ.
            put(SARA_AA);
        }
    }

    private void appendMark(char c) {
        char last = last();
        if (!isCombining(last) && last != SARA_AM) {
            // The first mark on a letter: nothing to order, merge or move.
            put(c);
            return;
        }
        int end = length;
        int runStart = markRunStart(end);
        if (ThaiChars.isToneOrThanthakhat(c) && runStart > 0 && out[runStart - 1] == SARA_AM) {
            int saraAm = runStart - 1;
            int consonantRun = markRunStart(saraAm);
            if (consonantRun > 0 && ThaiChars.isConsonant(out[consonantRun - 1])) {
                // A tone mark typed after sara am belongs to the consonant before it.
                mayBreakNfc = true;
                if (indexOf(c, consonantRun, saraAm) < 0 && indexOf(c, runStart, end) < 0) {
                    insert(saraAm, c);
                }
                return;
            }
        }
        if (indexOf(c, runStart, end) >= 0) {
            mayBreakNfc = true;
            return;
        }
        if (ThaiChars.isAboveBelowVowel(c) && runStart > 0 && ThaiChars.isConsonant(out[runStart - 1])) {
            for (int i = runStart; i < end; i++) {
                if (ThaiChars.isToneOrThanthakhat(out[i])) {
                    mayBreakNfc = true;
                    insert(i, c);
                    return;
                }
            }
        }
        put(c);
    }

    /**
     * The index where the run of combining marks ending before {@code end} starts. Marks of
     * other scripts count too: NFC may sort them among the Thai ones, and the run must be the
     * same before and after. Runs longer than any real text has are cut short, which keeps
     * hostile input linear.
     */
    private int markRunStart(int end) {
        int start = end;
        while (start > 0 && end - start < MAX_RUN && isCombining(out[start - 1])) {
            start--;
        }
        return start;
    }

    private static boolean isCombining(char c) {
        if (ThaiChars.isThai(c)) {
            // Answered without a category lookup: this is asked before nearly every Thai mark.
            return ThaiChars.isMark(c);
        }
        return c >= '\u0300' && Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private void put(char c) {
        if (length == out.length) {
            grow();
        }
        out[length++] = c;
    }

    /** Apart from put, so that put stays small enough for the JIT to inline everywhere. */
    private void grow() {
        out = Arrays.copyOf(out, out.length * 2);
    }

    private void insert(int at, char c) {
        put(c);
        System.arraycopy(out, at, out, at + 1, length - 1 - at);
        out[at] = c;
    }

    private char last() {
        return length == 0 ? '\0' : out[length - 1];
    }

    private void trimTrailingSpaces() {
        int end = length;
        while (end > 0 && out[end - 1] == ' ') {
            end--;
        }
        length = end;
    }
}
