package raingan.ingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import raingan.ingest.ConversionException;
import raingan.ingest.detect.Detection;
import raingan.ingest.detect.TikaFormatDetector;
import raingan.ingest.detect.UnsupportedFormatException;
import raingan.ingest.extract.ArchiveLimits;
import raingan.ingest.extract.CorruptDocumentException;
import raingan.ingest.extract.EncryptedDocumentException;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.FixturePdfs;
import raingan.ingest.extract.Fixtures;
import raingan.ingest.extract.ImageTooLargeException;
import raingan.ingest.extract.OcrPolicy;
import raingan.ingest.extract.PageLimitException;
import raingan.ingest.extract.ocr.OcrUnavailableException;
import raingan.ingest.source.SourceDocument;
import raingan.model.PageMethod;

/** Detection then extraction, as the Converter calls them; the failures a batch must tell apart. */
class ExtractorRouterTest {

    private final TikaFormatDetector detector = new TikaFormatDetector();
    private ExtractorRouter router = new ExtractorRouter(ExtractionSettings.defaults());

    @AfterEach
    void close() {
        router.close();
    }

    private ExtractedText extract(Path file) throws ConversionException, IOException {
        Detection detection = detector.detect(file);
        return router.extract(SourceDocument.of(file), detection);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.txt", "report-tis620.txt", "report.html", "report.docx", "report.odt",
        "report.rtf", "report-text.pdf", "report-lo.pdf"})
    void readsEveryTextFormatWithoutOcr(String fixture) throws ConversionException, IOException {
        ExtractedText text = extract(Fixtures.path(fixture));
        assertEquals(0.0, Fixtures.cer(Fixtures.expectedDocument(), text.joined()));
        assertTrue(text.pages().stream().allMatch(p -> p.method() == PageMethod.TEXT));
    }

    @Test
    void documentsWithTextNeverStartTheOcrEngine(@TempDir Path dir) throws ConversionException, IOException {
        // With a tessdata folder that does not exist, only a document that needs OCR can fail.
        router = new ExtractorRouter(new ExtractionSettings(OcrPolicy.AUTO, 300, "tha+eng", 500, 100_000_000L,
                dir.resolve("no-tessdata"), ArchiveLimits.DEFAULTS));
        assertEquals(2, extract(Fixtures.path("report-text.pdf")).pages().size());
        OcrUnavailableException e = assertThrows(OcrUnavailableException.class,
                () -> extract(Fixtures.path("report-scan.pdf")));
        assertTrue(e.getMessage().contains("tesseract-ocr-tha tesseract-ocr-eng"), e.getMessage());
    }

    @Test
    void anUnknownTypeIsUnsupported(@TempDir Path dir) throws IOException {
        Path gif = Files.write(dir.resolve("scan.pdf"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0});
        UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class, () -> extract(gif));
        assertEquals("image/gif", e.mediaType());
    }

    @Test
    void anEncryptedPdfNeedsAPassword(@TempDir Path dir) throws IOException {
        Path locked = FixturePdfs.encrypted(Fixtures.path("report-text.pdf"), dir.resolve("locked.pdf"));
        ExtractionException e = assertThrows(EncryptedDocumentException.class, () -> extract(locked));
        assertEquals("the PDF is encrypted and needs a password to open: save an unprotected copy", e.getMessage());
    }

    @Test
    void aTruncatedPdfIsCorrupt(@TempDir Path dir) throws IOException {
        Path cut = FixturePdfs.truncated(Fixtures.path("report-text.pdf"), 0.05, dir.resolve("cut.pdf"));
        ExtractionException e = assertThrows(CorruptDocumentException.class, () -> extract(cut));
        assertTrue(e.getMessage().startsWith("the PDF"), e.getMessage());
    }

    @Test
    void aPdfOverThePageLimitFailsBeforeAnyPageIsRead() {
        router = new ExtractorRouter(ExtractionSettings.defaults().withMaxPages(1));
        PageLimitException e = assertThrows(PageLimitException.class,
                () -> extract(Fixtures.path("report-text.pdf")));
        assertEquals("the document has 2 pages, more than the limit of 1 (raise maxPages to read it)",
                e.getMessage());
    }

    @Test
    void anImageBombIsRefused(@TempDir Path dir) throws IOException {
        Path bomb = FixturePdfs.pngBomb(40_000, 40_000, dir.resolve("photo.png"));
        assertThrows(ImageTooLargeException.class, () -> extract(bomb));
    }
}
