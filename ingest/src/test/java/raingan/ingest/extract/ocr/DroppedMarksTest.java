package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.thai.ThaiDictionary;

/** Spellings with a mark put back, judged by ICU's dictionary (the ink's part is DroppedMarksIT's). */
class DroppedMarksTest {

    private final DroppedMarks marks = new DroppedMarks(new ThaiDictionary());

    private String best(String word, List<DroppedMarks.Candidate> candidates) {
        return marks.best(word, candidates.stream().map(DroppedMarks.Candidate::text).toList());
    }

    @Test
    void theDictionaryPicksTheOneSpellingThatReadsAsFewestWords() {
        assertEquals("น้ำท่วม", best("นำท่วม", DroppedMarks.withMarkAbove("นำท่วม")), "a tone lost over ำ");
        assertEquals("ชำรุดทรุดโทรม", best("ชำรดทรุดโทรม", DroppedMarks.withVowelBelow("ชำรดทรุดโทรม")));
    }

    @Test
    void whereTwoSpellingsReadAlikeTheWordStays() {
        // ระบับ and น้ำ read as well as each other: without the ink to say where, nothing changes.
        assertEquals("เครื่องสูบน้าและระบบ",
                best("เครื่องสูบน้าและระบบ", DroppedMarks.withMarkAbove("เครื่องสูบน้าและระบบ")));
    }

    @Test
    void candidatesPutOneMarkWhereThaiSpellingAllowsIt() {
        List<String> above = DroppedMarks.withMarkAbove("น้า").stream().map(DroppedMarks.Candidate::text).toList();
        assertTrue(above.contains("น้ำ"));
        assertTrue(above.stream().noneMatch(c -> c.equals("น้้า")), "no second tone on a letter");
        assertEquals(2, DroppedMarks.marksAbove("น้ำ"));
        assertEquals(1, DroppedMarks.marksBelow("ทรุด"));
    }
}
