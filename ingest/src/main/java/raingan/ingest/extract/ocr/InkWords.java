package raingan.ingest.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.ocr.digits.GlyphBoxes;

/** A line's glyphs in the runs that word spaces separate: the ink of its words, left to right. */
final class InkWords {

    /** A gap between glyphs wider than this share of a letter's height is a word space. */
    private static final double WORD_SPACE = 0.45;

    private InkWords() {
    }

    /** The indices of the ink words that reach into {@code box}'s width. */
    static List<Integer> under(List<List<Box>> words, Box box) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            List<Box> w = words.get(k);
            if (w.get(0).left() < box.right() && box.left() < right(w)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The glyphs of the ink words that reach into {@code box}'s width, left to right. */
    static List<Box> glyphsUnder(List<List<Box>> words, Box box) {
        List<Box> glyphs = new ArrayList<>();
        under(words, box).forEach(k -> glyphs.addAll(words.get(k)));
        return glyphs;
    }

    private static double right(List<Box> word) {
        return word.stream().mapToDouble(Box::right).max().orElseThrow();
    }

    static List<List<Box>> of(List<Box> components, double letter) {
        List<List<Box>> words = new ArrayList<>();
        List<Box> current = new ArrayList<>();
        double right = Double.NEGATIVE_INFINITY;
        for (Box g : GlyphBoxes.of(components)) {
            if (!current.isEmpty() && g.left() - right > WORD_SPACE * letter) {
                words.add(current);
                current = new ArrayList<>();
            }
            current.add(g);
            right = Math.max(right, g.right());
        }
        if (!current.isEmpty()) {
            words.add(current);
        }
        return words;
    }
}
