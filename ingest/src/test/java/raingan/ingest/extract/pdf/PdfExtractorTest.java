package raingan.ingest.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.ExtractionInterruptedException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.FixturePdfs;
import raingan.ingest.extract.Fixtures;
import raingan.ingest.extract.ImageTooLargeException;
import raingan.ingest.extract.OcrPolicy;
import raingan.ingest.extract.PageText;
import raingan.ingest.extract.ocr.PageReader;
import raingan.model.PageMethod;

/** Per-page routing that needs no OCR engine: text layers kept, limits and interrupts honoured before any page is rendered. */
class PdfExtractorTest {

    /** The OCR engine is never started, so it holds nothing to release. */
    private static PdfExtractor extractor(OcrPolicy policy) {
        ExtractionSettings settings = ExtractionSettings.defaults().withOcr(policy);
        return new PdfExtractor(settings, new TextLayerQuality(), new PageReader(settings));
    }

    @Test
    void aDamagedLayerIsKeptAsTextUnderNever(@TempDir Path dir) throws ExtractionException, IOException {
        Path page2 = FixturePdfs.page(Fixtures.path("report-text.pdf"), 2, dir.resolve("page2.pdf"));
        Path damaged = FixturePdfs.withBrokenToUnicode(page2, dir.resolve("damaged.pdf"));
        PageText page = Fixtures.read(extractor(OcrPolicy.NEVER), damaged).pages().get(0);
        assertEquals(PageMethod.TEXT, page.method());
        assertNull(page.ocrConfidence());
        assertEquals(0.0, page.textLayerScore());
        assertTrue(Fixtures.cer(Fixtures.expectedPage(2), page.text()) > 0.5, "the layer lost most of its text");
    }

    @Test
    void aPageTooLargeToRenderIsRefusedBeforeRendering(@TempDir Path dir) throws IOException {
        Path poster = FixturePdfs.hugePage(200, dir.resolve("poster.pdf"));
        ExtractionException e = assertThrows(ImageTooLargeException.class,
                () -> Fixtures.read(extractor(OcrPolicy.ALWAYS), poster));
        assertTrue(e.getMessage().startsWith("page 1 rendered at 300 dpi is 60000 × 60000"), e.getMessage());
    }

    @Test
    void anInterruptedThreadStopsBeforeReading() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(ExtractionInterruptedException.class,
                    () -> Fixtures.read(extractor(OcrPolicy.NEVER), "report-text.pdf"));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is passed on");
        } finally {
            Thread.interrupted();
        }
    }
}
