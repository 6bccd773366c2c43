package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which words of a line are read again as a month, and which second readings are kept. The
 * Thai model's second reading is given here as what Tesseract gave for that ink on the ruled
 * scans (25 ม.ย. 63 read again as มิ.ย.), so the test is of the choice, not of the OCR.
 */
class MonthReadAgainTest {

    private final MonthReadAgain months = new MonthReadAgain();
    private final List<Double> scalesAsked = new ArrayList<>();
    /** What the glyph templates read for any ink; null when a glyph is near none. */
    private String glyphs;
    /** What the digits' templates read for any ink. */
    private String digits;

    /** Reads the words of one line, each 100 px wide, the Thai model reading {@code thai} for any ink. */
    private List<String> read(List<String> words, String thai) throws OcrUnavailableException {
        CannedLine line = CannedLine.of(words);
        return months.read(line.tokens(), words, line.ink(), boxes -> new BufferedImage(100, 40, BufferedImage.TYPE_BYTE_GRAY),
                (image, scale) -> {
                    scalesAsked.add(scale);
                    return thai;
                }, new MonthReadAgain.Glyphs(parts -> glyphs, parts -> digits));
    }

    @Test
    void aMonthOneLetterOffBetweenDayAndYearIsReadAgain() throws Exception {
        assertEquals(List.of("::", "25", "มิ.ย.", "63", ":"), read(List.of("::", "25", "ม.ย.", "63", ":"), "มิ.ย."));
        assertEquals(List.of("๒๒", "ธ.ค.", "๒๕๖๔"), read(List.of("๒๒", "ชธิ.ค.", "๒๕๖๔"), "ธ.ค."));
        assertEquals(List.of("21", "ก.พ.", "63"), read(List.of("21", "A.W.", "63"), "ก.พ."), "English's reading");
        assertEquals(List.of("8", "ก.ย.", "61"), read(List.of("8", "7.9.", "61"), "ก.ย."));
        assertEquals(2.0, scalesAsked.get(0), "read enlarged first");
    }

    @Test
    void aSecondReadingThatIsNoMonthIsNotKept() throws Exception {
        assertEquals(List.of("25", "ม.ย.", "63"), read(List.of("25", "ม.ย.", "63"), "มุย."));
        assertEquals(List.of(2.0, 1.5), scalesAsked, "both sizes tried before giving up");
    }

    @Test
    void theGlyphsAreReadWhereTesseractGivesNoMonth() throws Exception {
        glyphs = "\u0E34.ย.";
        assertEquals(List.of("25", "มิ.ย.", "63"), read(List.of("25", "ม.ย.", "63"), "มุย."), "มิ is one glyph, named ิ");
        glyphs = "ก.ป.";
        assertEquals(List.of("21", "A.W.", "63"), read(List.of("21", "A.W.", "63"), "[.ป."), "no month, no change");
    }

    @Test
    void aDayReadAsASignIsReadByTheDigitsTemplates() throws Exception {
        digits = "๑";
        assertEquals(List.of("๑", "ต.ค.", "๒๕๖๓"), read(List.of("©", "ต.ค.", "๒๕๖๓"), "ต.ค."));
        digits = "ๆ";
        assertEquals(List.of("©", "ต.ค.", "๒๕๖๓"), read(List.of("©", "ต.ค.", "๒๕๖๓"), "ต.ค."), "no digit, no change");
    }

    @Test
    void onlyAWordBetweenADayAndAYearThatIsNoMonthIsTried() throws Exception {
        read(List.of("25", "มิ.ย.", "63"), "ก.ค.");
        read(List.of("ตาม", "ก.ก.", "กำหนด"), "ก.ค.");
        read(List.of("25", "ก.ก.", "ครั้ง"), "ก.ค.");
        read(List.of("25", "1.5", "63"), "ก.ค.");
        assertEquals(List.of(), scalesAsked);
    }
}
