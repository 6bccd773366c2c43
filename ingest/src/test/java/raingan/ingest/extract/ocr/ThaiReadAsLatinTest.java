package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.thai.ThaiDictionary;

/**
 * Which Latin words of a line are read again as Thai, and which Thai readings are kept. The
 * Thai model's second reading is given here as the word Tesseract gives for that ink on the
 * ruled scans (ครั้ง Ay for ครั้งที่7), so the test is of the choice, not of the OCR.
 */
class ThaiReadAsLatinTest {

    private final ThaiReadAsLatin latin = new ThaiReadAsLatin(new ThaiDictionary());

    /** Reads the words of one line, each word 100 px wide, the Thai model reading {@code thai} for any ink. */
    private List<String> read(List<String> words, String thai) throws OcrUnavailableException {
        CannedLine line = CannedLine.of(words);
        return latin.read(line.tokens(), words, line.ink(), boxes -> new BufferedImage(100, 40, BufferedImage.TYPE_BYTE_GRAY),
                (image, scale) -> thai, boxes -> null);
    }

    @Test
    void aLatinWordAfterAThaiWordIsReadAgainWithTheNumberRunOn() throws Exception {
        assertEquals(List.of("ครั้ง", "ที่7"), read(List.of("ครั้ง", "Ay"), "ที่7"));
    }

    @Test
    void aLatinWordAloneOnItsLineIsReadAgain() throws Exception {
        assertEquals(List.of("ที่7"), read(List.of("Ay"), "ที่7"));
    }

    @Test
    void englishStaysEnglish() throws Exception {
        assertEquals(List.of("Green,", "Convenient", "City"), read(List.of("Green,", "Convenient", "City"), "ซิตี"),
                "Latin words in a Latin line are not Thai misread");
    }

    @Test
    void aThaiReadingThatIsNoWordsIsNotKept() throws Exception {
        assertEquals(List.of("ครั้ง", "Ay"), read(List.of("ครั้ง", "Ay"), "ฆฌฎ7"));
    }
}
