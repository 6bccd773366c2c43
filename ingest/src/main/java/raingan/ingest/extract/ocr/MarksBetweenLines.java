package raingan.ingest.extract.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.layout.TextSpan;
import raingan.ingest.thai.ThaiChars;
import raingan.ingest.thai.ThaiDictionary;

/**
 * Places each mark whose line the segmenter was in doubt of on the line that reads better with
 * it. Such a mark lies in the gap between two lines: a vowel below the upper line (ุ ู) that
 * touches a mark over the lower one, or that blur inked to it ({@link InkWaist} cut them apart),
 * or a tone stacked on the lower line's vowel close under a letter of the upper. The two look
 * alike in size and place, and differ in what the lines then read: บุคคล and เมือง where บคคล
 * and เมื่อง were read. The segmenter's choice stands unless the other reads both lines, one
 * after the other, with a character more in the dictionary's words and as much of them as Thai.
 * Lines that read as words already are not read again, and the others only around the mark. The
 * ink decides that there is a mark; the dictionary only which of two lines it is on.
 */
final class MarksBetweenLines {

    /** Reads one line; null when it holds no text. */
    interface Reader {
        TextSpan read(LineSegmenter.Line line) throws OcrUnavailableException;
    }

    /** How far each side of a mark in doubt (in letter heights) its lines are read again: a word or two. */
    private static final double AROUND = 5;

    private final ThaiDictionary dictionary;

    MarksBetweenLines(ThaiDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The lines' readings, top to bottom, each mark in doubt on the line it reads better on.
     *
     * @param found the lines as the segmenter found them, and the marks whose line is in doubt
     */
    List<TextSpan> read(LineSegmenter.Segmentation found, Reader reader) throws OcrUnavailableException {
        List<LineSegmenter.Line> placed = new ArrayList<>(found.lines());
        Map<LineSegmenter.Line, TextSpan> read = new HashMap<>();
        for (Box piece : found.inDoubt()) {
            int on = holding(placed, piece);
            if (on < 0) {
                continue;
            }
            LineSegmenter.Line from = placed.get(on);
            int other = piece.bottom() <= from.baseline() - from.letter() ? on - 1
                    : piece.top() >= from.baseline() ? on + 1 : -1;
            if (other < 0 || other >= placed.size()) {
                continue;
            }
            LineSegmenter.Line to = placed.get(other);
            LineSegmenter.Line fromLess = without(from, piece);
            if (fromLess.parts().isEmpty()) {
                continue;
            }
            String now = ordered(on, other, reading(from, read, reader), reading(to, read, reader));
            if (unread(now) < ThaiDictionary.OUTSIDE_A_WORD) {
                // Both lines read as words already: no move could read a character more.
                continue;
            }
            if (readsBetter(around(piece, fromLess, to, on, other, true, reader),
                    around(piece, from, to, on, other, false, reader))) {
                placed.set(on, fromLess);
                placed.set(other, with(to, piece));
            }
        }
        List<TextSpan> out = new ArrayList<>();
        for (LineSegmenter.Line line : placed) {
            TextSpan s = reading(line, read, reader);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The two lines read only around the mark, with it on {@code to} or not: a word or two each
     * side tells which line it makes read better, for a fraction of reading both lines again.
     */
    private static String around(Box piece, LineSegmenter.Line from, LineSegmenter.Line to, int on, int other,
                                 boolean moved, Reader reader) throws OcrUnavailableException {
        double reach = AROUND * from.letter();
        double centre = (piece.left() + piece.right()) / 2;
        LineSegmenter.Line a = near(from, centre, reach);
        LineSegmenter.Line b = near(to, centre, reach);
        if (moved) {
            b = b == null ? null : with(b, piece);
        }
        return ordered(on, other, a == null ? null : reader.read(a), b == null ? null : reader.read(b));
    }

    /** The line's parts whose middle lies within {@code reach} of {@code x}; null when none does. */
    private static LineSegmenter.Line near(LineSegmenter.Line line, double x, double reach) {
        List<Box> parts = new ArrayList<>();
        for (Box p : line.parts()) {
            if (Math.abs((p.left() + p.right()) / 2 - x) <= reach) {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        Box u = Box.around(parts);
        return new LineSegmenter.Line(new Box(u.left(), line.box().top(), u.right(), line.box().bottom()), parts,
                line.baseline(), line.letter(), line.signs());
    }

    /** The upper line's text, then the lower's. */
    private static String ordered(int on, int other, TextSpan fromLine, TextSpan toLine) {
        return on < other ? text(fromLine, toLine) : text(toLine, fromLine);
    }

    private static TextSpan reading(LineSegmenter.Line line, Map<LineSegmenter.Line, TextSpan> read, Reader reader)
            throws OcrUnavailableException {
        if (!read.containsKey(line)) {
            read.put(line, reader.read(line));
        }
        return read.get(line);
    }

    /** Two lines' text one after the other, as a word may run on from one to the next. */
    private static String text(TextSpan upper, TextSpan lower) {
        return (upper == null ? "" : upper.text()) + (lower == null ? "" : lower.text());
    }

    /**
     * Whether the dictionary reads at least one character more of {@code moved} into its words
     * than of {@code now} (a word split otherwise is no evidence), and it holds as much
     * Thai and no other sign: a mark moved adds one character to one line and takes one from the
     * other, and may take away a sign it was misread as; a line read as digits instead of Thai
     * (ริ้ง as 59), or a date whose digits change (๒๕๖๐ as ๒๕๒๐), only looks read better.
     */
    private boolean readsBetter(String moved, String now) {
        return unread(moved) <= unread(now) - ThaiDictionary.OUTSIDE_A_WORD && thaiLetters(moved) >= thaiLetters(now) - 1
                && isSubsequence(signs(moved), signs(now));
    }

    /** The digits and punctuation of a text, in order: what is neither a letter nor a space. */
    private static String signs(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (!ThaiChars.isLetter(c) && !Character.isLetter(c) && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSubsequence(String part, String whole) {
        int at = 0;
        for (int i = 0; i < whole.length() && at < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(at)) {
                at++;
            }
        }
        return at == part.length();
    }

    /**
     * How badly the dictionary reads a text's Thai, word by word: a Latin letter among Thai ones
     * (ชย์ read as {@code ve}) counts as a character outside every word, digits and words of
     * Latin alone not at all.
     */
    private int unread(String text) {
        int total = 0;
        for (String word : text.split("\\s+")) {
            StringBuilder thai = new StringBuilder();
            int latin = 0;
            for (char c : word.toCharArray()) {
                if (ThaiChars.isLetter(c)) {
                    thai.append(c);
                } else if (Character.isLetter(c)) {
                    latin++;
                }
            }
            if (thai.length() > 0) {
                total += dictionary.unread(thai) + latin * ThaiDictionary.OUTSIDE_A_WORD;
            }
        }
        return total;
    }

    private static long thaiLetters(String text) {
        return text.chars().filter(ThaiChars::isLetter).count();
    }

    private static int holding(List<LineSegmenter.Line> lines, Box piece) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).parts().contains(piece)) {
                return i;
            }
        }
        return -1;
    }

    private static LineSegmenter.Line without(LineSegmenter.Line line, Box piece) {
        List<Box> parts = new ArrayList<>(line.parts());
        parts.remove(piece);
        return new LineSegmenter.Line(line.box(), parts, line.baseline(), line.letter(), line.signs());
    }

    private static LineSegmenter.Line with(LineSegmenter.Line line, Box piece) {
        List<Box> parts = new ArrayList<>(line.parts());
        parts.add(piece);
        return new LineSegmenter.Line(line.box().union(piece), parts, line.baseline(), line.letter(), line.signs());
    }
}
