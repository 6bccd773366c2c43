package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.ocr.digits.GlyphReader;
import raingan.ingest.extract.ocr.digits.GlyphTemplates;

/**
 * A report's number cell drawn at 300 dpi in Thai fonts, given the reading Tesseract gave for it
 * on the damaged text layers, and read again against the bundled glyph templates as a line is.
 * Needs the fonts (fonts-thai-tlwg) and Leptonica (with Tesseract).
 */
class ThaiNumberReaderIT {

    private static final int BASELINE = DrawnText.BASELINE;
    private static final int POINTS = 16;
    private static final double LETTER = POINTS * 300 / 72.0 * 0.45;

    private final ThaiNumberReader reader = new ThaiNumberReader(new GlyphReader(GlyphTemplates.bundled()));

    @ParameterizedTest(name = "{0}: {1} read as {2}")
    @CsvSource({
        "Loma, รายงานครั้งที่3, รายงานครั้งที่ว",
        "Sawasdee, รายงานครั้งที่8, รายงานครั้งที่อ",
        "Laksaman, รายงานครั้งที่4, รายงานครั้งที่ๆ",
        // A letter near no digit stays.
        "Laksaman, รายงานครั้งที่ว, รายงานครั้งที่ว",
    })
    void aNumberCellsDigitReadAsALetterOrSignIsReadByItsGlyph(String family, String printed, String tesseract) {
        BufferedImage image = DrawnText.draw(family, POINTS, printed);
        List<Box> components = DrawnText.components(image);
        Box box = components.stream().reduce(Box::union).orElseThrow();
        LineTokens.Token token = new LineTokens.Token(0, tesseract.length(), tesseract, box);
        assertEquals(List.of(printed), reader.read(List.of(token), InkWords.of(components, LETTER), image, BASELINE,
                LETTER));
    }

}
