package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import raingan.ingest.extract.CorruptDocumentException;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.FixturePdfs;
import raingan.ingest.extract.Fixtures;
import raingan.ingest.extract.ImageTooLargeException;
import raingan.ingest.extract.PageLimitException;

/** What the image reader decides before it OCRs anything: resolution, pixel and page limits, damage. */
class ImageExtractorTest {

    /** Never started: every test here fails or stops before a page is OCR'd. */
    private final ImageExtractor extractor = new ImageExtractor(ExtractionSettings.defaults(),
            new PageReader(ExtractionSettings.defaults()));

    @ParameterizedTest
    @CsvSource({"report-page.png, 300", "report-photo.jpg, 200", "report-fax.tif, 300"})
    void readsTheResolutionTheFileRecords(String fixture, int dpi) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(Fixtures.path(fixture).toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            reader.setInput(in);
            assertEquals(dpi, ImageExtractor.dpi(reader.getImageMetadata(0)));
            reader.dispose();
        }
    }

    @Test
    void refusesAnImageBombBeforeDecodingIt(@TempDir Path dir) throws IOException {
        Path bomb = FixturePdfs.pngBomb(50_000, 50_000, dir.resolve("bomb.png"));
        ExtractionException e = assertThrows(ImageTooLargeException.class,
                () -> Fixtures.read(extractor, bomb));
        assertEquals("the image is 50000 × 50000 = 2500000000 pixels, more than the limit of 100000000"
                + " (raise maxImagePixels if it is genuine)", e.getMessage());
    }

    @Test
    void refusesATiffWithMorePagesThanAllowed() {
        ImageExtractor strict = new ImageExtractor(ExtractionSettings.defaults().withMaxPages(1),
                new PageReader(ExtractionSettings.defaults()));
        PageLimitException e = assertThrows(PageLimitException.class,
                () -> Fixtures.read(strict, "report-fax.tif"));
        assertEquals(2, e.pages());
    }

    @Test
    void aTruncatedImageIsCorrupt(@TempDir Path dir) throws IOException {
        Path cut = FixturePdfs.truncated(Fixtures.path("report-fax.tif"), 0.02, dir.resolve("cut.tif"));
        assertThrows(CorruptDocumentException.class, () -> Fixtures.read(extractor, cut));
    }
}
