package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.Fixtures;
import raingan.ingest.extract.PageText;
import raingan.model.PageMethod;

/** Reads images with Tesseract for real: skipped where it is not installed, failing on CI. */
class ImageExtractorIT {

    private static PageReader ocr;
    private static ImageExtractor extractor;

    @BeforeAll
    static void engine() {
        ocr = new PageReader(ExtractionSettings.defaults());
        extractor = new ImageExtractor(ExtractionSettings.defaults(), ocr);
    }

    @AfterAll
    static void release() {
        ocr.close();
    }

    /** Measured: PNG 0.8 %, the 200-dpi photo 1.1 % (tesseract CLI --psm 6: 0.8 %, 1.0 %). */
    @ParameterizedTest
    @CsvSource({"report-page.png, image/png, 0.02", "report-photo.jpg, image/jpeg, 0.025"})
    void ocrsAScanOrAPhotoOfPageOne(String fixture, String mediaType, double maxCer) throws ExtractionException {
        Fixtures.assumeOcrOrCi();
        ExtractedText text = Fixtures.read(extractor, fixture);
        assertEquals(mediaType, text.mediaType());
        PageText page = text.pages().get(0);
        assertEquals(PageMethod.OCR, page.method());
        assertNotNull(page.ocrConfidence());
        assertTrue(page.ocrConfidence() > 0.8 && page.ocrConfidence() <= 1, "confidence " + page.ocrConfidence());
        assertNull(page.textLayerScore());
        double cer = Fixtures.cer(Fixtures.expectedPage(1), page.text());
        assertTrue(cer < maxCer, "CER " + cer + "\n" + page.text());
    }

    /** The bundled model, end to end: measured 0.50 % CER on the scan, 0.66 % on the photo (Debian's: 0.66, 0.91). */
    @ParameterizedTest
    @CsvSource({"report-page.png, 0.01", "report-photo.jpg, 0.01"})
    void theBundledModelReadsPageOneWithFewerErrors(String fixture, double maxCer) throws ExtractionException {
        Fixtures.assumeOcrOrCi();
        ExtractionSettings bundled = ExtractionSettings.defaults().withLanguages("raingan_tha+eng");
        try (PageReader own = new PageReader(bundled)) {
            PageText page = Fixtures.read(new ImageExtractor(bundled, own), fixture).pages().get(0);
            double cer = Fixtures.cer(Fixtures.expectedPage(1), page.text());
            assertTrue(cer < maxCer, "CER " + cer + "\n" + page.text());
        }
    }

    /**
     * Debian's tha model has no ๔ ๖ ๗ ๘ ๙ (it reads ๒๕๖๓ as ๒๕๒๓): the numbers are read again
     * glyph by glyph against the bundled glyph templates, and ก.พ., which tha+eng reads as Latin,
     * by the Thai model alone.
     */
    @Test
    void readsEveryThaiDigitOfDatesAndAmounts() throws ExtractionException {
        Fixtures.assumeOcrOrCi();
        String text = Fixtures.read(extractor, "thai-digits.png").pages().get(0).text().replaceAll("\\s+", "");
        for (String printed : List.of("ครั้งที่๔::๒๗ก.พ.๒๕๖๓", "ครั้งที่๕::๑๘มิ.ย.๒๕๖๔", "=๗๙.๕๐%", "(ครั้งที่๖)",
                "๑,๒๔๐,๙๘๗.๓๖", "ด้านที่๗", "๗.๓.๑ร้อยละ๘๐")) {
            assertTrue(text.contains(printed), printed + " not in\n" + text);
        }
    }

    @Test
    void ocrsEachPageOfAMultiPageTiff() throws ExtractionException {
        Fixtures.assumeOcrOrCi();
        List<PageText> pages = Fixtures.read(extractor, "report-fax.tif").pages();
        assertEquals(2, pages.size());
        assertEquals(2, pages.get(1).number());
        for (int i = 0; i < 2; i++) {
            double cer = Fixtures.cer(Fixtures.expectedPage(i + 1), pages.get(i).text());
            assertTrue(cer < 0.02, "page " + (i + 1) + " CER " + cer + "\n" + pages.get(i).text());
        }
    }
}
