package raingan.ingest.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.ocr.digits.GlyphReader;

/**
 * Checks, glyph by glyph, the numbers Tesseract read in Arabic digits. In the loopless Thai fonts
 * it reads 2568 as 2566, 2563 as 2008, 27/09/2562 as 21/09/2562, a slash as {@code |} or as a
 * 1 ({@code 2215|2560} for 22/5/2560). On the 30 ruled scans the glyph reading differed from
 * Tesseract's on one number in seventy, and where every glyph was near a template and no more
 * than one glyph was missing from it, the glyphs were right each time.
 *
 * <p>The glyph reading replaces the word when every glyph is near a digit or sign template, and
 * it has the word's length, or one character less and the same first character (20603 read for
 * 2563): Tesseract's box for a number it split at a comma or space does not cover the ink of the
 * part before, whose reading then lacks its first digits. Pure: the same line and image give the
 * same reading.
 */
final class ArabicNumberReader {

    /** What Tesseract writes for a printed number: digits, with the signs among them and {@code |} for a slash. */
    private static final Pattern ARABIC_NUMBER = Pattern.compile("[0-9][0-9/|.,\\-]*");
    private static final Pattern NUMBER_READING = Pattern.compile("[0-9][0-9/.,\\-]*");

    private final GlyphReader glyphs;

    ArabicNumberReader(GlyphReader glyphs) {
        this.glyphs = glyphs;
    }

    /**
     * @param tokens   a line's runs between spaces, boxes in {@code image}'s pixels
     * @param texts    each token's text so far; those changed already are left alone
     * @param inkWords the line's ink words ({@link InkWords}), in {@code image}'s pixels
     * @param baseline the line's baseline
     * @param letter   the height of the line's letters
     * @return each token's text, an Arabic number read by its glyphs where they give it
     */
    List<String> read(List<LineTokens.Token> tokens, List<String> texts, List<List<Box>> inkWords,
                      BufferedImage image, double baseline, double letter) {
        List<String> out = new ArrayList<>(texts);
        for (int i = 0; i < tokens.size(); i++) {
            LineTokens.Token t = tokens.get(i);
            String word = texts.get(i);
            if (t.box() == null || !word.equals(t.text()) || !ARABIC_NUMBER.matcher(word).matches()) {
                continue;
            }
            List<Box> ink = InkWords.glyphsUnder(inkWords, t.box());
            String reading = ink.isEmpty() ? null : glyphs.read(ink, image, baseline, letter, ThaiNumberReader.NEAR);
            if (reading != null && NUMBER_READING.matcher(reading).matches() && agrees(word, reading)) {
                out.set(i, reading);
            }
        }
        return out;
    }

    /**
     * The reading has the word's length, or one character less and the word's first: a reading
     * that starts otherwise has lost the ink of the word's first digits.
     */
    static boolean agrees(String word, String reading) {
        return reading.length() == word.length()
                || reading.length() == word.length() - 1 && reading.charAt(0) == word.charAt(0);
    }
}
