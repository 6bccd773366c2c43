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
 * from the ink, never from the dates around it. The day before a month is read by the digits'
 * templates where Tesseract read a sign for it ({@code ©} for ๑), or ran it into the month
 * ({@code EMA.} for ๒ ก.พ.).
 */
final class MonthReadAgain {

    /**
     * A word where a month's abbreviation should be: Thai letters with a dot in them (ม.ย.), or
     * what English made of one (A.W., NW., 1A., and 7.9. for ก.ย.).
     */
    private static final Pattern ABBREVIATION_SHAPE = Pattern.compile("[\\u0E01-\\u0E4E]{1,4}\\.[\\u0E01-\\u0E4E]{1,3}\\.?"
            + "|[A-Za-z0-9@]{0,2}[A-Za-z@][A-Za-z0-9@]{0,2}\\.(?:[A-Za-z0-9]{1,3}\\.?)?|[0-9]{1,2}\\.[0-9]{1,2}\\.");
    private static final Pattern DAY = Pattern.compile("[0-9\\u0E50-\\u0E59]{1,2}");
    /** A sign where a month's day should be: OCR's reading of a digit it could not read (© for ๑). */
    private static final Pattern LOST_DAY = Pattern.compile("[^\\u0E01-\\u0E4E\\s:;*0-9\\u0E50-\\u0E59]{1,2}");
    private static final Pattern YEAR = Pattern.compile("[0-9\\u0E50-\\u0E59]{2}|[0-9\\u0E50-\\u0E59]{4}");

    /**
     * Reads ink against glyph templates.
     *
     * @param months against the months' glyph templates ({@code GlyphTemplates.months()})
     * @param digits against the digits' templates
     */
    record Glyphs(Function<List<Box>, String> months, Function<List<Box>, String> digits) {
    }

    /**
     * @param tokens   a line's runs between spaces, boxes in the page's pixels
     * @param texts    each token's text so far
     * @param inkWords the line's ink words ({@link InkWords})
     * @param cut      the image of the given ink, cut out of the page
     * @param thai     reads one word's image with the Thai model alone
     * @param glyphs   reads ink against glyph templates; each gives null when a glyph is near none
     * @return each token's text, a month (and its day) read again where the second reading is one
     */
    List<String> read(List<LineTokens.Token> tokens, List<String> texts, List<List<Box>> inkWords,
                      Function<List<Box>, BufferedImage> cut, ThaiOnlyReading.Ocr thai, Glyphs glyphs)
            throws OcrUnavailableException {
        List<String> out = new ArrayList<>(texts);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Box box = tokens.get(i).box();
            String before = i > 0 ? out.get(i - 1) : "";
            String word = out.get(i);
            if (box == null || !YEAR.matcher(out.get(i + 1)).matches()) {
                continue;
            }
            boolean afterDay = DAY.matcher(before).matches();
            if (afterDay && misreadMonth(word)) {
                String month = month(InkWords.glyphsUnder(inkWords, box), cut, thai, glyphs);
                if (month != null) {
                    out.set(i, month);
                }
            } else if (!afterDay && misreadMonth(word)) {
                String date = dayAndMonth(InkWords.glyphsUnder(inkWords, box), glyphs);
                if (date != null) {
                    out.set(i, date);
                }
            }
            LineTokens.Token previous = i > 0 ? tokens.get(i - 1) : null;
            if (ThaiMonths.isAbbreviation(out.get(i)) && previous != null && previous.box() != null
                    && LOST_DAY.matcher(before).matches()) {
                String day = glyphs.digits().apply(InkWords.glyphsUnder(inkWords, previous.box()));
                if (day != null && DAY.matcher(day).matches()) {
                    out.set(i - 1, day);
                }
            }
        }
        return out;
    }

    private static String month(List<Box> ink, Function<List<Box>, BufferedImage> cut, ThaiOnlyReading.Ocr thai,
                                Glyphs glyphs) throws OcrUnavailableException {
        if (ink.isEmpty()) {
            return null;
        }
        // At the page's size the Thai model reads a misread month as the pair did.
        String month = ThaiOnlyReading.first(cut.apply(ink), thai, ThaiOnlyReading.ENLARGED, ThaiMonths::isAbbreviation);
        return month != null ? month : byGlyphs(glyphs.months().apply(ink));
    }

    /**
     * A day and month Tesseract read as one word ({@code EMA.} for {@code :: ๒ ก.พ.}): the cell's
     * colons, then its first glyph or two read as digits, the rest as a month's glyphs; or null.
     */
    private static String dayAndMonth(List<Box> glyphs, Glyphs readers) {
        int from = 0;
        StringBuilder signs = new StringBuilder();
        String sign;
        while (from < glyphs.size() && ":".equals(sign = readers.digits().apply(glyphs.subList(from, from + 1)))) {
            signs.append(sign);
            from++;
        }
        String lead = signs.isEmpty() ? "" : signs + " ";
        for (int k = from + 1; k <= from + 2 && k < glyphs.size(); k++) {
            String day = readers.digits().apply(glyphs.subList(from, k));
            String month = day == null || !DAY.matcher(day).matches() ? null
                    : byGlyphs(readers.months().apply(glyphs.subList(k, glyphs.size())));
            if (month != null) {
                return lead + day + " " + month;
            }
        }
        return null;
    }

    /** The month the glyph templates' names spell, or null: มิ and มี are named by their vowel. */
    static String byGlyphs(String names) {
        if (names == null) {
            return null;
        }
        String month = names.replace("\u0E34", "มิ").replace("\u0E35", "มี");
        return ThaiMonths.isAbbreviation(month) ? month : null;
    }

    private static boolean misreadMonth(String word) {
        return ABBREVIATION_SHAPE.matcher(word).matches() && !ThaiMonths.isAbbreviation(word);
    }
}
