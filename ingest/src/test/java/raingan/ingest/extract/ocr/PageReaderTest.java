package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.extract.layout.Box;

/** Which small ink low in a table cell is the cell's own vowel below. Boxes as measured at 300 dpi. */
class PageReaderTest {

    /** ต of จตุจักร in a 14-pt cell, and the gap a vowel below may leave (0.02 in at 300 dpi). */
    private static final Box LETTER = new Box(400, 1000, 428, 1036);
    private static final double GAP = 6;

    @Test
    void aVowelJustUnderItsLetterHangsFromIt() {
        assertTrue(PageReader.hangsFromLetter(new Box(410, 1038, 422, 1050), List.of(LETTER), GAP), "ุ 2 px under ต");
        assertTrue(PageReader.hangsFromLetter(new Box(410, 1030, 422, 1048), List.of(LETTER), GAP),
                "ู touching its letter's foot");
    }

    @Test
    void aMarkOfTheRowBelowDoesNotHang() {
        assertFalse(PageReader.hangsFromLetter(new Box(410, 1060, 422, 1072), List.of(LETTER), GAP),
                "a tone 24 px under the letter pokes up from the next row");
        assertFalse(PageReader.hangsFromLetter(new Box(440, 1038, 452, 1050), List.of(LETTER), GAP),
                "beside the letter, not under it");
    }
}
