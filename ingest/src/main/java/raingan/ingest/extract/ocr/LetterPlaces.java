package raingan.ingest.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.thai.ThaiChars;

/**
 * Where each character of a word lies across its box: its letters, not its marks, share the
 * width evenly. Rough, but enough to tell which letter a piece of ink stands over.
 */
final class LetterPlaces {

    /** How near (in letters' widths) a piece must lie to a mark to be that mark's. */
    static final double NEAR_PIECE = 1.0;
    /** How far (in letters' widths) the rough places of a long word may drift from its ink. */
    private static final double DRIFT = 3.0;

    private final double[] x;
    private final double step;

    LetterPlaces(String word, Box box) {
        int letters = (int) word.chars().filter(c -> !ThaiChars.isMark(c)).count();
        step = box.width() / Math.max(1, letters);
        x = new double[word.length() + 1];
        int seen = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            // A mark stands over the letter before it; ำ's ring over the letter before ำ.
            double at = ThaiChars.isMark(c) ? seen - 0.5 : c == MarkSpellings.AM ? seen - 0.1 : seen + 0.5;
            x[i] = box.left() + Math.max(0, at) * step;
            seen += ThaiChars.isMark(c) ? 0 : 1;
        }
        x[word.length()] = box.right();
    }

    /** Where character {@code i} stands across the box; past the end, the box's right edge. */
    double x(int i) {
        return x[Math.min(i, x.length - 1)];
    }

    /** Whether one of the pieces lies over character {@code i}. */
    boolean anyNear(List<Double> pieces, int i) {
        return pieces.stream().anyMatch(p -> Math.abs(p - x(i)) <= NEAR_PIECE * step);
    }

    /**
     * The pieces left over once each mark of the word has taken the piece nearest it: first
     * each mark a piece over its own letter, then a mark still without one a piece a few
     * letters off, for letters are not all one width. A mark may find none: ำ's ring often
     * touches its letter and is inked as one piece with it.
     */
    List<Double> unmatched(List<Double> pieces, IntPredicate isMark) {
        List<Double> left = new ArrayList<>(pieces);
        List<Integer> unplaced = new ArrayList<>();
        for (int i = 0; i < x.length - 1; i++) {
            if (isMark.test(i) && !claim(left, x[i], NEAR_PIECE * step)) {
                unplaced.add(i);
            }
        }
        for (int i : unplaced) {
            claim(left, x[i], DRIFT * step);
        }
        return left;
    }

    private static boolean claim(List<Double> pieces, double at, double within) {
        int nearest = -1;
        for (int k = 0; k < pieces.size(); k++) {
            if (Math.abs(pieces.get(k) - at) <= within
                    && (nearest < 0 || Math.abs(pieces.get(k) - at) < Math.abs(pieces.get(nearest) - at))) {
                nearest = k;
            }
        }
        if (nearest >= 0) {
            pieces.remove(nearest);
        }
        return nearest >= 0;
    }
}
