package raingan.ingest.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.thai.ThaiChars;
import raingan.ingest.thai.ThaiDictionary;

/**
 * Puts back the Thai mark Tesseract dropped from a word, where the word's own ink shows it.
 * Debian's model loses one of two stacked marks (น้ำ read as นำ or น้า) and a vowel below the
 * line (ทรุด as ทรด) often enough to spoil most long values. A dictionary alone cannot fix that,
 * for most words with a mark dropped are words too; but the ink can say that a mark is missing:
 * the word has one more piece above its letters (or below them) than its text has marks there.
 * Then the mark is put back where ICU's dictionary reads the word best, and only where exactly
 * one place does. Pure: the same word and ink give the same reading.
 */
final class DroppedMarks {

    /** Marks above the letters, each drawn as a piece of its own: ั ิ ี ึ ื ็ ่ ้ ๊ ๋ ์ ํ. */
    private static final String ABOVE = "\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D";
    private static final String TONES = "\u0E48\u0E49\u0E4A\u0E4B";
    private static final String VOWELS_ABOVE = "\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47\u0E4C";
    /** Vowels below the line: ุ ู. */
    private static final String BELOW = "\u0E38\u0E39";
    /** ำ: a ring above (ํ) and า. */
    private static final char AM = '\u0E33';
    private static final char AA = '\u0E32';
    /** Letters whose tail some fonts draw apart, below the line: ฐ ญ. */
    private static final String TAILS_APART = "\u0E10\u0E0D";

    /** ำ written as its ring, any tone, then า. */
    private static final Pattern AM_SPELT_OUT =
            Pattern.compile("\u0E4D([\u0E48-\u0E4B]?)\u0E32");
    /**
     * A long run of Thai may show a piece more than the mark missing (a speck that passed for a
     * mark, a mark of the next word leaning in): up to this many pieces left over, one mark is
     * looked for.
     */
    private static final int MOST_MISCOUNTED = 2;
    /** How near (in letters' widths) a piece must lie to a mark, or to where a mark is put back. */
    private static final double NEAR_PIECE = 1.0;
    /** How far (in letters' widths) the rough places of a long word may drift from its ink. */
    private static final double DRIFT = 3.0;
    /** A piece wholly above this share of the letter height over the baseline is a mark above. */
    private static final double ABOVE_LETTERS = 0.8;
    /** A piece whose top is below this share of the letter height over the baseline is a vowel below. */
    private static final double BELOW_LINE = 0.15;
    /** Smaller than this share of the letter height a piece is a speck, not a mark. */
    private static final double SPECK = 0.12;
    /** How far (in letter heights) a mark may overhang its word's box: ำ's ring leans left. */
    private static final double OVERHANG = 0.15;

    /** What a character outside every word costs, against 1 for each word. */
    private static final int OUTSIDE_A_WORD = 100;

    private final ThaiDictionary dictionary;

    DroppedMarks(ThaiDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * @param tokens a line's runs between spaces, boxes in the page's pixels
     * @param texts  each token's text so far; those changed already are left alone
     * @param line   the line, its pieces in the page's pixels
     * @return each token's text, a dropped mark put back where the ink and the dictionary agree
     */
    List<String> read(List<LineTokens.Token> tokens, List<String> texts, LineSegmenter.Line line) {
        List<String> out = new ArrayList<>(texts.size());
        for (int i = 0; i < tokens.size(); i++) {
            LineTokens.Token t = tokens.get(i);
            String word = texts.get(i);
            if (t.box() != null && word.equals(t.text()) && isThaiWord(word)) {
                word = restore(word, line, t.box());
            }
            out.add(word);
        }
        return out;
    }

    private String restore(String word, LineSegmenter.Line line, Box box) {
        List<Double> above = new ArrayList<>();
        List<Double> below = new ArrayList<>();
        double reach = OVERHANG * line.letter();
        for (Box p : line.parts()) {
            double x = (p.left() + p.right()) / 2;
            if (x < box.left() - reach || x > box.right() + reach
                    || Math.max(p.width(), p.height()) < SPECK * line.letter()) {
                continue;
            }
            if (p.bottom() < line.baseline() - ABOVE_LETTERS * line.letter()) {
                above.add(x);
            } else if (p.top() > line.baseline() - BELOW_LINE * line.letter()) {
                below.add(x);
            }
        }
        // Tesseract writes ำ as its ring and า (นํา, นํ้า); the dictionary spells it ำ.
        String spelt = AM_SPELT_OUT.matcher(word).replaceAll("$1\u0E33");
        Places places = new Places(spelt, box);
        List<Double> aboveLeft = places.unmatched(above, i -> ABOVE.indexOf(spelt.charAt(i)) >= 0 || spelt.charAt(i) == AM);
        List<Double> belowLeft = places.unmatched(below, i -> BELOW.indexOf(spelt.charAt(i)) >= 0);
        List<Candidate> candidates;
        List<Double> missing;
        if (isFew(aboveLeft)) {
            candidates = withMarkAbove(spelt);
            missing = aboveLeft;
        } else if (isFew(belowLeft) && noTailApart(spelt)) {
            candidates = withVowelBelow(spelt);
            missing = belowLeft;
        } else {
            return word;
        }
        // Only where a piece no mark of the text accounts for lies over the letter.
        List<String> near = candidates.stream()
                .filter(c -> missing.stream().anyMatch(x -> Math.abs(x - places.x(c.at())) <= NEAR_PIECE * places.step()))
                .map(Candidate::text).toList();
        String best = best(spelt, near);
        return best.equals(spelt) ? word : best;
    }

    /** One or two pieces left over point at a dropped mark; more, at noise. */
    private static boolean isFew(List<Double> leftover) {
        return !leftover.isEmpty() && leftover.size() <= MOST_MISCOUNTED;
    }

    /** A spelling with one mark more, and the letter of the word as read that the mark goes on. */
    record Candidate(String text, int at) {
    }

    /**
     * Where each character of a word lies across its box: its letters, not its marks, share the
     * width evenly. Rough, but enough to tell which letter a piece of ink stands over.
     */
    private static final class Places {
        private final double[] x;
        private final double step;

        Places(String word, Box box) {
            int letters = (int) word.chars().filter(c -> !ThaiChars.isMark(c)).count();
            step = box.width() / Math.max(1, letters);
            x = new double[word.length() + 1];
            int seen = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                // A mark stands over the letter before it; ำ's ring over the letter before ำ.
                double at = ThaiChars.isMark(c) ? seen - 0.5 : c == AM ? seen - 0.1 : seen + 0.5;
                x[i] = box.left() + Math.max(0, at) * step;
                seen += ThaiChars.isMark(c) ? 0 : 1;
            }
            x[word.length()] = box.right();
        }

        double x(int i) {
            return x[Math.min(i, x.length - 1)];
        }

        double step() {
            return step;
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

    /**
     * The one candidate the dictionary reads best, if it reads it no worse than the word as OCR
     * gave it; otherwise the word.
     */
    String best(String word, List<String> candidates) {
        int least = Integer.MAX_VALUE;
        String best = null;
        int ties = 0;
        for (String c : candidates) {
            int unread = unread(c);
            if (unread < least) {
                least = unread;
                best = c;
                ties = 1;
            } else if (unread == least) {
                ties++;
            }
        }
        return best != null && ties == 1 && least <= unread(word) ? best : word;
    }

    /**
     * How badly the dictionary reads the text: the fewest characters it must leave outside its
     * words, then the fewest words it takes (its short words, บ่ or รัด, read nearly anything).
     */
    int unread(String text) {
        int n = text.length();
        int[] best = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            best[i] = Integer.MAX_VALUE;
        }
        for (int from = 0; from < n; from++) {
            best[from + 1] = Math.min(best[from + 1], best[from] + OUTSIDE_A_WORD);
            ThaiDictionary.Walk walk = dictionary.walk();
            for (int k = from; k < n; k++) {
                char c = text.charAt(k);
                if (walk.completes(c, "", 0)) {
                    best[k + 1] = Math.min(best[k + 1], best[from] + 1);
                }
                if (!walk.next(c)) {
                    break;
                }
            }
        }
        return best[n];
    }

    /** The word with one mark more above: ำ for า, or a tone or vowel above a letter that has none. */
    static List<Candidate> withMarkAbove(String word) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == AA && (i == 0 || word.charAt(i - 1) != '\u0E4D')) {
                out.add(new Candidate(word.substring(0, i) + AM + word.substring(i + 1), i));
            }
        }
        for (int i = 0; i < word.length(); i++) {
            if (!ThaiChars.isConsonant(word.charAt(i))) {
                continue;
            }
            int end = i + 1;
            boolean tone = false;
            boolean vowel = false;
            while (end < word.length() && ThaiChars.isMark(word.charAt(end))) {
                tone |= TONES.indexOf(word.charAt(end)) >= 0;
                vowel |= VOWELS_ABOVE.indexOf(word.charAt(end)) >= 0;
                end++;
            }
            if (!tone) {
                for (char t : TONES.toCharArray()) {
                    out.add(new Candidate(word.substring(0, end) + t + word.substring(end), i));
                }
            }
            if (!vowel && !tone && end == i + 1) {
                for (char v : VOWELS_ABOVE.toCharArray()) {
                    out.add(new Candidate(word.substring(0, end) + v + word.substring(end), i));
                }
            }
        }
        return out;
    }

    /** The word with ุ or ู under a letter that has no vowel below. */
    static List<Candidate> withVowelBelow(String word) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            if (!ThaiChars.isConsonant(word.charAt(i))
                    || (i + 1 < word.length() && BELOW.indexOf(word.charAt(i + 1)) >= 0)) {
                continue;
            }
            for (char v : BELOW.toCharArray()) {
                out.add(new Candidate(word.substring(0, i + 1) + v + word.substring(i + 1), i));
            }
        }
        return out;
    }

    private static boolean noTailApart(String word) {
        return word.chars().noneMatch(c -> TAILS_APART.indexOf(c) >= 0);
    }

    private static boolean isThaiWord(String word) {
        return !word.isEmpty() && word.chars().allMatch(ThaiChars::isLetter);
    }
}
