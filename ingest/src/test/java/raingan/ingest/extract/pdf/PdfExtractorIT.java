package raingan.ingest.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.FixturePdfs;
import raingan.ingest.extract.Fixtures;
import raingan.ingest.extract.OcrPolicy;
import raingan.ingest.extract.PageText;
import raingan.ingest.extract.ocr.PageReader;
import raingan.model.PageMethod;

/** Per-page routing between text layer and OCR, with Tesseract for real (skipped without it, failing on CI). */
class PdfExtractorIT {

    @TempDir
    static Path dir;
    private static PageReader ocr;
    /** Page 2 of the report alone, its fonts' ToUnicode maps broken: a short page to OCR. */
    private static Path damaged;

    @BeforeAll
    static void setUp() throws IOException {
        ocr = new PageReader(ExtractionSettings.defaults());
        Path page2 = FixturePdfs.page(Fixtures.path("report-text.pdf"), 2, dir.resolve("page2.pdf"));
        damaged = FixturePdfs.withBrokenToUnicode(page2, dir.resolve("damaged.pdf"));
    }

    @AfterAll
    static void release() {
        ocr.close();
    }

    private static PdfExtractor extractor(OcrPolicy policy) {
        return new PdfExtractor(ExtractionSettings.defaults().withOcr(policy), new TextLayerQuality(), ocr);
    }

    @Test
    void aScannedPdfIsOcrdUnderAuto() throws ExtractionException {
        Fixtures.assumeOcrOrCi();
        PageText page = Fixtures.read(extractor(OcrPolicy.AUTO), "report-scan.pdf").pages().get(0);
        assertEquals(PageMethod.OCR, page.method());
        assertNotNull(page.ocrConfidence());
        assertTrue(page.ocrConfidence() > 0.8, "confidence " + page.ocrConfidence());
        assertEquals(0.0, page.textLayerScore());
        double cer = Fixtures.cer(Fixtures.expectedPage(1), page.text()); // measured 0.66 %
        assertTrue(cer < 0.02, "CER " + cer + "\n" + page.text());
    }

    @Test
    void aDamagedLayerIsOcrdUnderAuto() throws ExtractionException {
        Fixtures.assumeOcrOrCi();
        PageText page = Fixtures.read(extractor(OcrPolicy.AUTO), damaged).pages().get(0);
        assertEquals(PageMethod.OCR, page.method());
        assertEquals(0.0, page.textLayerScore());
        double cer = Fixtures.cer(Fixtures.expectedPage(2), page.text());
        assertTrue(cer < 0.03, "CER " + cer + "\n" + page.text());
    }

    @Test
    void eachPageIsRoutedOnItsOwn() throws ExtractionException, IOException {
        Fixtures.assumeOcrOrCi();
        Path mixed = FixturePdfs.twoPages(Fixtures.path("report-text.pdf"), 1, damaged, 1, dir.resolve("mixed.pdf"));
        List<PageText> pages = Fixtures.read(extractor(OcrPolicy.AUTO), mixed).pages();
        assertEquals(PageMethod.TEXT, pages.get(0).method());
        assertEquals(1.0, pages.get(0).textLayerScore());
        assertEquals(0.0, Fixtures.cer(Fixtures.expectedPage(1), pages.get(0).text()));
        assertEquals(PageMethod.OCR, pages.get(1).method());
        assertTrue(Fixtures.cer(Fixtures.expectedPage(2), pages.get(1).text()) < 0.03);
    }

    @Test
    void everyPageIsOcrdUnderAlwaysAndItsLayerStillScored() throws ExtractionException, IOException {
        Fixtures.assumeOcrOrCi();
        Path page2 = FixturePdfs.page(Fixtures.path("report-text.pdf"), 2, dir.resolve("clean2.pdf"));
        PageText page = Fixtures.read(extractor(OcrPolicy.ALWAYS), page2).pages().get(0);
        assertEquals(PageMethod.OCR, page.method());
        assertEquals(1.0, page.textLayerScore());
        assertNotNull(page.ocrConfidence());
    }
}
