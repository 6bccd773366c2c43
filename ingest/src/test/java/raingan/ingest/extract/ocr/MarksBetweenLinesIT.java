package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.Fixtures;

/**
 * Lines of the seed report's 300-dpi scan where blur inked a vowel below one line to a mark over
 * the next ({@code fixtures/lines-joined-*.jpg}, cut from the ruled print by make-fixtures.sh).
 * Read with Tesseract for real: skipped where it is not installed, failing on CI.
 */
class MarksBetweenLinesIT {

    private static PageReader reader;

    @BeforeAll
    static void engine() {
        reader = new PageReader(ExtractionSettings.defaults());
    }

    @AfterAll
    static void release() {
        reader.close();
    }

    @Test
    void aVowelBelowInkedToTheNextLinesVowelStaysWithItsLetter() throws Exception {
        Fixtures.assumeOcrOrCi();
        // ุ of กรุงเทพ touches ื of เมือง: whole on the lower line it read กรงเทพ and เมื่อง.
        String text = read("lines-joined-krung.jpg");
        assertTrue(text.contains("กรุงเทพมหานคร"), text);
        assertTrue(text.contains("กับเมืองต่าง"), text);
        assertFalse(text.contains("เมื่อง"), text);
    }

    @Test
    void aVowelBelowInkedToTheNextLinesToneStaysWithItsLetter() throws Exception {
        Fixtures.assumeOcrOrCi();
        String text = read("lines-joined-bukkhon.jpg");
        assertTrue(text.contains("ทรัพยากรบุคคล"), text);
        assertTrue(text.contains("เป็นผู้ปฏิบัติงาน"), text);
    }

    private static String read(String fixture) throws IOException, OcrUnavailableException {
        Path file = Fixtures.path(fixture);
        try (var in = Files.newInputStream(file)) {
            return reader.read(ImageIO.read(in), 300).text();
        }
    }
}
