package raingan.ingest.extract.ocr;

import java.util.ArrayList;
import java.util.List;
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

    /** Letters whose tail some fonts draw apart, below the line: ฐ ญ. */
    private static final String TAILS_APART = "\u0E10\u0E0D";

    /** ำ written as its ring, any tone, then า. */
    private static final Pattern AM_SPELT_OUT =
            Pattern.compile("\u0E4D([\u0E48-\u0E4B]?)\u0E32");
    /** A tone written twice over one letter before า (น้้า): the lower "tone" is ำ's ring. */
    private static final Pattern TONE_TWICE = Pattern.compile("([\u0E48-\u0E4B])\\1\u0E32");
    /**
     * A long run of Thai may show a piece more than the mark missing (a speck that passed for a
     * mark, a mark of the next word leaning in): up to this many pieces left over, one mark is
     * looked for.
     */
    private static final int MOST_MISCOUNTED = 2;
    /** A piece wholly above this share of the letter height over the baseline is a mark above. */
    private static final double ABOVE_LETTERS = 0.8;
    /** A piece whose top is below this share of the letter height over the baseline is a vowel below. */
    private static final double BELOW_LINE = 0.15;
    /** Smaller than this share of the letter height a piece is a speck, not a mark. */
    private static final double SPECK = 0.12;
    /** A piece whose bottom stands this high (in letter heights) sits on another mark, not on its letter. */
    private static final double ON_A_MARK = 1.3;
    /** How high a single mark reaches (in letter heights) in the middle of the fonts measured. */
    private static final double USUAL_LEVEL = 1.45;
    /** A stack of two marks stands this much higher than a single mark (measured: 1.22 to 1.31 times). */
    private static final double STACKED = 1.17;
    /** How far (in letter heights) a mark may overhang its word's box: ำ's ring leans left. */
    private static final double OVERHANG = 0.15;

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
        double level = firstLevel(line);
        for (int i = 0; i < tokens.size(); i++) {
            LineTokens.Token t = tokens.get(i);
            String word = texts.get(i);
            if (t.box() != null && word.equals(t.text()) && isThaiWord(word)) {
                word = TONE_TWICE.matcher(word).replaceAll("$1\u0E33");
                String restored = restore(word, line, t.box());
                word = restored.equals(word) ? restoreStacked(word, line, t.box(), level) : restored;
            }
            out.add(word);
        }
        return out;
    }

    private String restore(String word, LineSegmenter.Line line, Box box) {
        List<Double> above = new ArrayList<>();
        List<Double> below = new ArrayList<>();
        for (Box p : inkOf(line, box)) {
            if (p.bottom() < line.baseline() - ABOVE_LETTERS * line.letter()) {
                above.add(centre(p));
            } else if (p.top() > line.baseline() - BELOW_LINE * line.letter()) {
                below.add(centre(p));
            }
        }
        String spelt = spelt(word);
        LetterPlaces places = new LetterPlaces(spelt, box);
        List<Double> aboveLeft = places.unmatched(above,
                i -> MarkSpellings.ABOVE.indexOf(spelt.charAt(i)) >= 0 || spelt.charAt(i) == MarkSpellings.AM);
        List<Double> belowLeft = places.unmatched(below, i -> MarkSpellings.BELOW.indexOf(spelt.charAt(i)) >= 0);
        if (isFew(aboveLeft)) {
            return putBack(word, spelt, places, aboveLeft, MarkSpellings.withMarkAbove(spelt));
        }
        if (isFew(belowLeft) && noTailApart(spelt)) {
            return putBack(word, spelt, places, belowLeft, MarkSpellings.withVowelBelow(spelt));
        }
        return word;
    }

    /**
     * The second pass, for a mark lost from a stack of two: a tone over a vowel above (ที่ read as
     * ที, เริ่ม as เริม) or over ำ's ring (น้ำ as น้า). Blur often inks such a stack as one piece with
     * its letter, so the marks cannot be counted; but the stack stands higher than any single mark.
     * Where the ink stands two marks high over a letter that the text gives one, the mark is put
     * back where the dictionary reads the word best, as in the first pass.
     */
    private String restoreStacked(String word, LineSegmenter.Line line, Box box, double level) {
        double stack = STACKED * level * line.letter();
        List<Double> stacks = inkOf(line, box).stream()
                .filter(p -> line.baseline() - p.top() >= stack)
                .map(DroppedMarks::centre).toList();
        String spelt = spelt(word);
        LetterPlaces places = new LetterPlaces(spelt, box);
        List<Double> missing = places.unmatched(stacks, i -> MarkSpellings.isStacked(spelt, i));
        return isFew(missing) ? putBack(word, spelt, places, missing, MarkSpellings.withStackedMark(spelt)) : word;
    }

    /**
     * The candidate the dictionary reads best among those that put the mark over a letter where
     * a piece no mark of the text accounts for lies; the word as read where there is none.
     */
    private String putBack(String word, String spelt, LetterPlaces places, List<Double> missing,
                           List<MarkSpellings.Candidate> candidates) {
        List<String> near = candidates.stream()
                .filter(c -> places.anyNear(missing, c.at()))
                .map(MarkSpellings.Candidate::text).toList();
        String best = best(spelt, near);
        return best.equals(spelt) ? word : best;
    }

    /** The line's pieces that lie over the word, specks left out. */
    private static List<Box> inkOf(LineSegmenter.Line line, Box box) {
        double reach = OVERHANG * line.letter();
        return line.parts().stream()
                .filter(p -> centre(p) >= box.left() - reach && centre(p) <= box.right() + reach)
                .filter(p -> Math.max(p.width(), p.height()) >= SPECK * line.letter())
                .toList();
    }

    private static double centre(Box p) {
        return (p.left() + p.right()) / 2;
    }

    /** Tesseract writes ำ as its ring and า (นํา, นํ้า); the dictionary spells it ำ. */
    private static String spelt(String word) {
        return AM_SPELT_OUT.matcher(word).replaceAll("$1\u0E33");
    }

    /**
     * How high (in letter heights over the baseline) the line's single marks reach: the median
     * top of its marks above that sit on their letters, not on another mark; with fewer than two
     * such marks, the middle of what fonts give. Fonts differ (1.4 to 1.6), and a stack stands a
     * fifth higher.
     */
    private static double firstLevel(LineSegmenter.Line line) {
        List<Double> tops = new ArrayList<>();
        for (Box p : line.parts()) {
            double bottom = (line.baseline() - p.bottom()) / line.letter();
            if (bottom > ABOVE_LETTERS && bottom < ON_A_MARK && Math.max(p.width(), p.height()) >= SPECK * line.letter()) {
                tops.add((line.baseline() - p.top()) / line.letter());
            }
        }
        if (tops.size() < 2) {
            return USUAL_LEVEL;
        }
        tops.sort(null);
        return tops.get(tops.size() / 2);
    }

    /** One or two pieces left over point at a dropped mark; more, at noise. */
    private static boolean isFew(List<Double> leftover) {
        return !leftover.isEmpty() && leftover.size() <= MOST_MISCOUNTED;
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
            int unread = dictionary.unread(c);
            if (unread < least) {
                least = unread;
                best = c;
                ties = 1;
            } else if (unread == least) {
                ties++;
            }
        }
        return best != null && ties == 1 && least <= dictionary.unread(word) ? best : word;
    }

    private static boolean noTailApart(String word) {
        return word.chars().noneMatch(c -> TAILS_APART.indexOf(c) >= 0);
    }

    private static boolean isThaiWord(String word) {
        return !word.isEmpty() && word.chars().allMatch(ThaiChars::isLetter);
    }
}
