package raingan.ingest.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.ocr.digits.GlyphReader;
import raingan.ingest.thai.ThaiChars;

/**
 * Reads again, glyph by glyph, the words Tesseract took for Thai numbers. Debian's Thai model
 * has no ๔ ๖ ๗ ๘ ๙ (it reads them as ๕ ๒ ๓, as Latin letters, or drops them), so a date or
 * amount printed in Thai digits is wrong whenever one of them is in it.
 *
 * <p>A word of Tesseract's text that holds a Thai digit, or is a short Latin word or a consonant or
 * two with no vowel (๗ read as ฒ), is matched to
 * the ink under it ({@link InkWords}). Tesseract's boxes for characters it does not know miss
 * some of their ink, so the whole ink word is read, each glyph matched to the nearest glyph
 * template ({@link GlyphReader}). The reading replaces the word only when every glyph is near a
 * digit or sign and it holds a Thai digit; else Tesseract's word stands. Pure: the same line
 * and image give the same reading.
 */
final class ThaiNumberReader {

    /** Nearer than this a glyph is the template's character; letters lie further (GlyphTemplateWriter's report). */
    static final double NEAR = 0.10;
    /** A word Tesseract read as Latin must match closer, since it is far more often a Latin word. */
    static final double NEAR_FOR_LATIN = 0.06;
    /** The longest Latin word taken for a misread Thai number (lod for ๒๗, GW for ๘๙). */
    private static final int LATIN_NUMBER = 6;
    /** The longest run of bare Thai consonants taken for a misread Thai number. */
    private static final int BARE_CONSONANTS = 2;

    /** A token whose ๆ may be a misread 4: at its end, or before a closing parenthesis. */
    private static final Pattern REPEAT_FOR_DIGIT = Pattern.compile("ๆ\\)?$");
    /** A number cell's digit read as a letter after ที่: ครั้งที่ว for ครั้งที่3, ที่อ for ที่8. */
    private static final Pattern LETTER_FOR_DIGIT = Pattern.compile("ที่[\\u0E01-\\u0E2E]$");
    /** A short number inside a parenthesis opened before, its closing one read as a digit or a bracket. */
    private static final Pattern CLOSED_NUMBER = Pattern.compile("[0-9][0-9\\]}|]{1,3}");

    private final GlyphReader glyphs;

    ThaiNumberReader(GlyphReader glyphs) {
        this.glyphs = glyphs;
    }

    /**
     * @param tokens   a line's runs between spaces, boxes in {@code image}'s pixels
     * @param inkWords the line's ink words ({@link InkWords}), in {@code image}'s pixels
     * @param baseline the line's baseline
     * @param letter   the height of the line's letters
     * @return each token's text, its number read again where it is one
     */
    List<String> read(List<LineTokens.Token> tokens, List<List<Box>> inkWords, BufferedImage image,
                      double baseline, double letter) {
        boolean[] read = new boolean[inkWords.size()];
        List<String> out = new ArrayList<>();
        int open = 0;
        for (LineTokens.Token t : tokens) {
            double near = threshold(t.text());
            String text;
            if (open > 0 && t.box() != null && CLOSED_NUMBER.matcher(t.text()).matches()) {
                text = closingParenthesis(t, inkWords, image, baseline, letter);
            } else if (t.box() != null && (REPEAT_FOR_DIGIT.matcher(t.text()).find()
                    || LETTER_FOR_DIGIT.matcher(t.text()).find())) {
                text = lastGlyphAsDigit(t, inkWords, image, baseline, letter);
            } else {
                text = near == 0 || t.box() == null ? t.text()
                        : reading(t, inkWords, read, near, image, baseline, letter);
            }
            open += count(text, '(') - count(text, ')');
            out.add(text);
        }
        return out;
    }

    /**
     * A number whose parenthesis Tesseract read as a digit: (ครั้งที่ 2) as {@code (ครั้งที่ 22}.
     * Its glyphs read against the templates, which hold the parenthesis, give it back; any other
     * reading leaves Tesseract's.
     */
    private String closingParenthesis(LineTokens.Token token, List<List<Box>> inkWords, BufferedImage image,
                                      double baseline, double letter) {
        List<Box> ink = InkWords.glyphsUnder(inkWords, token.box());
        String reading = ink.isEmpty() ? null : glyphs.read(ink, image, baseline, letter, NEAR);
        return reading != null && reading.matches("[0-9]{1,3}\\)") ? reading : token.text();
    }

    /**
     * Debian's Thai model reads a printed 4 as ๆ (รายงานครั้งที่ๆ, ครั้งที่ ๆ)), and a number cell's
     * digit after ที่ at times as a letter (ครั้งที่ว). Where ๆ ends the token or stands before its
     * parenthesis, or a letter ends it after ที่, the last glyph (and the parenthesis) is read again;
     * a digit, close to its template, takes the sign's or letter's place. A real ๆ or letter is
     * near no digit template.
     */
    private String lastGlyphAsDigit(LineTokens.Token token, List<List<Box>> inkWords, BufferedImage image,
                                    double baseline, double letter) {
        // Tesseract's box for a character it took for ๆ may miss most of its ink: the glyphs are
        // the ink word's that start before the token ends.
        List<Box> own = new ArrayList<>();
        InkWords.under(inkWords, token.box()).forEach(k -> inkWords.get(k).stream()
                .filter(g -> g.left() < token.box().right()).forEach(own::add));
        own.sort(Comparator.comparingDouble(Box::left));
        String text = token.text();
        boolean closed = text.endsWith(")");
        List<Box> tail = own.subList(Math.max(0, own.size() - (closed ? 2 : 1)), own.size());
        String reading = tail.isEmpty() ? null : glyphs.read(tail, image, baseline, letter, NEAR_FOR_LATIN);
        if (reading == null || !reading.matches(closed ? "[0-9]\\)" : "[0-9]")) {
            return text;
        }
        int at = REPEAT_FOR_DIGIT.matcher(text).find() ? text.lastIndexOf('ๆ') : text.length() - 1;
        return text.substring(0, at) + reading.charAt(0) + text.substring(at + 1);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** The glyphs read as a number holding a Thai digit, or null when they are none. */
    String number(List<Box> glyphs, BufferedImage image, double baseline, double letter) {
        return thaiNumber(this.glyphs.read(glyphs, image, baseline, letter, NEAR));
    }

    /** How near its glyphs must be to be read again, or 0 for a word that is no number. */
    private static double threshold(String word) {
        if (word.chars().anyMatch(ThaiChars::isDigit)) {
            return NEAR;
        }
        if (word.length() <= LATIN_NUMBER && word.chars().allMatch(c -> c < 0x80 && c > ' ')
                && word.chars().anyMatch(Character::isLetter)) {
            return NEAR_FOR_LATIN;
        }
        // ๗ read as ฒ, ๙ as ด: a word of a few bare consonants is no Thai word but may be a number.
        if (word.length() <= BARE_CONSONANTS && word.chars().allMatch(ThaiChars::isConsonant)) {
            return NEAR_FOR_LATIN;
        }
        return 0;
    }

    /**
     * The word's glyphs read again, or the word as it was. Ink words already read for an earlier
     * word (a number Tesseract split at its commas) are not read twice: a word lying on nothing
     * but those is dropped, for its ink is in the earlier reading.
     */
    private String reading(LineTokens.Token token, List<List<Box>> inkWords, boolean[] read, double near,
                           BufferedImage image, double baseline, double letter) {
        List<Integer> under = new ArrayList<>();
        boolean anyRead = false;
        for (int k : InkWords.under(inkWords, token.box())) {
            if (read[k]) {
                anyRead = true;
            } else {
                under.add(k);
            }
        }
        if (under.isEmpty()) {
            return anyRead ? "" : token.text();
        }
        List<Box> ink = new ArrayList<>();
        under.forEach(k -> ink.addAll(inkWords.get(k)));
        String reading = thaiNumber(glyphs.read(ink, image, baseline, letter, near));
        if (reading == null) {
            // A day set close to its month (๘ ธ.ค.) is one ink word with it: read the glyphs
            // under the token alone. Their ink stays unclaimed for the words that follow.
            List<Box> own = ink.stream().filter(g -> overlaps(g, token.box())).toList();
            String alone = own.size() < ink.size() && !own.isEmpty()
                    ? thaiNumber(glyphs.read(own, image, baseline, letter, near)) : null;
            return alone == null ? token.text() : alone;
        }
        under.forEach(k -> read[k] = true);
        return reading;
    }

    /**
     * A reading that is a Thai number, or null. One without a Thai digit is Tesseract's business;
     * one that mixes Thai and Arabic digits, which no number does, is a misreading.
     */
    private static String thaiNumber(String reading) {
        return reading == null || reading.chars().noneMatch(ThaiChars::isDigit)
                || reading.chars().anyMatch(c -> c >= '0' && c <= '9') ? null : reading;
    }

    /** Most of the glyph lies across the token's box. */
    private static boolean overlaps(Box glyph, Box token) {
        double across = Math.min(glyph.right(), token.right()) - Math.max(glyph.left(), token.left());
        return across > glyph.width() / 2;
    }
}
