package raingan.ingest.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.thai.ThaiMonths;

/**
 * Reads again, enlarged, with the Thai model alone, a month's abbreviation that the Thai and
 * English models together misread: one letter off (มิ.ย. as ม.ย., ก.ค. as ก.ก., เม.ย. as เแม.ย.
 * on the ruled scans, in the loopless fonts most of all), or as Latin that {@link ThaiReadAsLatin}
 * could not read back at the page's size (ก.พ. as A.W.). It is tried only between a day and a
 * year, on a word shaped like an abbreviation that is no month's, and the second reading is kept
 * only when it is a month's abbreviation. Where Tesseract gives none, the word's glyphs are read
 * against templates of the months' glyphs in the Thai fonts: Tesseract reads ก.พ. of the loopless
 * fonts, crisp as a PDF renders them, as {@code [.ป.} even enlarged. Either way the month comes
 * from the ink, never from the dates around it.
 */
final class MonthReadAgain {

    /**
     * A word where a month's abbreviation should be: Thai letters with a dot in them (ม.ย.), or
     * what English made of one (A.W., NW., 1A., and 7.9. for ก.ย.).
     */
    private static final Pattern ABBREVIATION_SHAPE = Pattern.compile("[\\u0E01-\\u0E4E]{1,4}\\.[\\u0E01-\\u0E4E]{1,3}\\.?"
            + "|[A-Za-z0-9@]{0,2}[A-Za-z@][A-Za-z0-9@]{0,2}\\.(?:[A-Za-z0-9]{1,3}\\.?)?|[0-9]{1,2}\\.[0-9]{1,2}\\.");
    private static final Pattern DAY = Pattern.compile("[0-9\\u0E50-\\u0E59]{1,2}");
    private static final Pattern YEAR = Pattern.compile("[0-9\\u0E50-\\u0E59]{2}|[0-9\\u0E50-\\u0E59]{4}");

    /**
     * @param tokens   a line's runs between spaces, boxes in the page's pixels
     * @param texts    each token's text so far
     * @param inkWords the line's ink words ({@link InkWords})
     * @param cut      the image of the given ink, cut out of the page
     * @param thai     reads one word's image with the Thai model alone
     * @param glyphs   reads ink against the months' glyph templates ({@code GlyphTemplates.months()}),
     *                 or null when a glyph is near none
     * @return each token's text, a month read again where the second reading is one
     */
    List<String> read(List<LineTokens.Token> tokens, List<String> texts, List<List<Box>> inkWords,
                      Function<List<Box>, BufferedImage> cut, ThaiOnlyReading.Ocr thai,
                      Function<List<Box>, String> glyphs)
            throws OcrUnavailableException {
        List<String> out = new ArrayList<>(texts);
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Box box = tokens.get(i).box();
            if (box != null && misreadMonth(texts.get(i - 1), texts.get(i), texts.get(i + 1))) {
                List<Box> ink = new ArrayList<>();
                InkWords.under(inkWords, box).forEach(k -> ink.addAll(inkWords.get(k)));
                // At the page's size the Thai model reads a misread month as the pair did.
                String month = ink.isEmpty() ? null : ThaiOnlyReading.first(cut.apply(ink), thai,
                        ThaiOnlyReading.ENLARGED, ThaiMonths::isAbbreviation);
                if (month == null && !ink.isEmpty()) {
                    month = byGlyphs(glyphs.apply(ink));
                }
                if (month != null) {
                    out.set(i, month);
                }
            }
        }
        return out;
    }

    /** The month the glyph templates' names spell, or null: มิ and มี are named by their vowel. */
    static String byGlyphs(String names) {
        if (names == null) {
            return null;
        }
        String month = names.replace("\u0E34", "มิ").replace("\u0E35", "มี");
        return ThaiMonths.isAbbreviation(month) ? month : null;
    }

    private static boolean misreadMonth(String before, String word, String after) {
        return DAY.matcher(before).matches() && YEAR.matcher(after).matches()
                && ABBREVIATION_SHAPE.matcher(word).matches() && !ThaiMonths.isAbbreviation(word);
    }
}
