package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.ocr.digits.GlyphReader;
import raingan.ingest.extract.ocr.digits.GlyphTemplates;

/**
 * Numbers drawn at 300 dpi in Thai fonts, given the readings Tesseract gave for them on the
 * ruled scans, and checked against the bundled glyph templates as a scan's line is. Needs the
 * fonts (fonts-thai-tlwg) and Leptonica (with Tesseract).
 */
class ArabicNumberReaderIT {

    private static final int BASELINE = DrawnText.BASELINE;
    private static final int POINTS = 15;
    private static final double LETTER = POINTS * 300 / 72.0 * 0.45;

    private final ArabicNumberReader reader = new ArabicNumberReader(new GlyphReader(GlyphTemplates.bundled()));

    @ParameterizedTest(name = "{0}: {1} read as {2}")
    @CsvSource({
        "Kinnari, 2568, 2566",
        "Loma, 2563, 2008",
        "Laksaman, 27/09/2562, 21/09/2562",
        "Garuda, 22/5/2560, 2215|2560",
        "Umpush, 21/1/2560, 21/1/12560",
    })
    void aNumberTesseractMisreadIsReadByItsGlyphs(String family, String printed, String tesseract) {
        assertEquals(List.of(printed), readAs(family, printed, tesseract));
    }

    @Test
    void aWordOfLettersKeepsTesseractsReading() {
        assertEquals(List.of("78"), readAs("Laksaman", "ที่8", "78"), "ที่ is near no digit template");
    }

    @Test
    void aReadingLackingItsFirstDigitsIsNotTaken() {
        assertFalse(ArabicNumberReader.agrees("3138", "138"), "the box of a split number misses the ink before it");
        assertFalse(ArabicNumberReader.agrees("138", "138864"));
        assertTrue(ArabicNumberReader.agrees("27.", "2."));
        assertTrue(ArabicNumberReader.agrees("20603", "2563"), "a damaged text layer's fiscal year");
        assertTrue(ArabicNumberReader.agrees("2566", "2568"));
    }

    /** The ink of {@code printed} as one token that Tesseract read as {@code tesseract}, checked by its glyphs. */
    private List<String> readAs(String family, String printed, String tesseract) {
        BufferedImage image = DrawnText.draw(family, POINTS, printed);
        List<Box> components = DrawnText.components(image);
        Box box = components.stream().reduce(Box::union).orElseThrow();
        LineTokens.Token token = new LineTokens.Token(0, tesseract.length(), tesseract, box);
        return reader.read(List.of(token), List.of(tesseract), InkWords.of(components, LETTER), image, BASELINE,
                LETTER);
    }

}
