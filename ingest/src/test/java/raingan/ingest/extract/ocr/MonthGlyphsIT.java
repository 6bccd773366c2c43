package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.ocr.digits.GlyphBoxes;
import raingan.ingest.extract.ocr.digits.GlyphReader;
import raingan.ingest.extract.ocr.digits.GlyphTemplates;

/**
 * Months' abbreviations drawn at 300 dpi in Thai fonts at sizes the templates were not made at,
 * and read against the bundled templates of the months' glyphs as {@link LineReader} reads
 * them. Needs the fonts (fonts-thai-tlwg) and Leptonica (with Tesseract).
 */
class MonthGlyphsIT {

    private static final int BASELINE = DrawnText.BASELINE;

    private final GlyphReader reader = new GlyphReader(GlyphTemplates.months());

    @ParameterizedTest(name = "{0} {1} pt: {2}")
    @CsvSource({
        // Those Tesseract misread on the ruled scans and damaged text layers, in the fonts they were printed in.
        "Loma, 15, ก.พ.", "Loma, 15, มิ.ย.", "Loma, 14, ก.ค.", "Sawasdee, 15, พ.ค.", "Sawasdee, 16, ธ.ค.",
        "Garuda, 14, มี.ค.", "Kinnari, 15, เม.ย.", "Umpush, 16, ก.ย.", "Laksaman, 14, ส.ค.", "Norasi, 15, ต.ค.",
    })
    void aMonthIsReadGlyphByGlyph(String family, int points, String month) {
        assertEquals(month, MonthReadAgain.byGlyphs(read(family, points, month)));
    }

    /** Tesseract read ๒ ก.พ. of a Loma print as one Latin word, EMA.: its glyphs give the day and the month. */
    @ParameterizedTest
    @CsvSource({"Loma, 15, ๒ ก.พ.", "Sawasdee, 15, ๑๘ ก.ย.", "Garuda, 14, 7 มิ.ย."})
    void aDayRunIntoItsMonthIsReadByTheTemplates(String family, int points, String printed) throws Exception {
        BufferedImage image = DrawnText.draw(family, points, printed);
        double letter = points * 300 / 72.0 * 0.45;
        List<Box> components = DrawnText.components(image);
        Box ink = components.stream().reduce(Box::union).orElseThrow();
        List<LineTokens.Token> tokens = List.of(new LineTokens.Token(0, 4, "EMA.", ink),
                new LineTokens.Token(5, 9, "๒๕๖๗", new Box(ink.right() + 40, ink.top(), ink.right() + 200, ink.bottom())));
        GlyphReader digits = new GlyphReader(GlyphTemplates.bundled());
        List<String> read = new MonthReadAgain().read(tokens, List.of("EMA.", "๒๕๖๗"), InkWords.of(components, letter),
                parts -> image, (word, scale) -> "", new MonthReadAgain.Glyphs(
                        parts -> reader.read(parts, image, BASELINE, letter, 0.12),
                        parts -> digits.read(parts, image, BASELINE, letter, 0.10)));
        assertEquals(List.of(printed, "๒๕๖๗"), read);
    }

    @ParameterizedTest
    @CsvSource({"Loma, ครั้ง", "Laksaman, บาท", "Garuda, ห.ส."})
    void wordsThatAreNoMonthReadAsNone(String family, String word) {
        assertNull(MonthReadAgain.byGlyphs(read(family, 15, word)));
    }

    private String read(String family, int points, String text) {
        BufferedImage image = DrawnText.draw(family, points, text);
        double letter = points * 300 / 72.0 * 0.45;
        return reader.read(glyphs(image), image, BASELINE, letter, 0.12);
    }

    private static List<Box> glyphs(BufferedImage image) {
        return GlyphBoxes.of(DrawnText.components(image));
    }

}
