package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.thai.ThaiDictionary;

/** Spellings with a mark put back where a word's ink (boxes measured on scans) shows one more. */
class DroppedMarksTest {

    private final DroppedMarks marks = new DroppedMarks(new ThaiDictionary());

    private String best(String word, List<MarkSpellings.Candidate> candidates) {
        return marks.best(word, candidates.stream().map(MarkSpellings.Candidate::text).toList());
    }

    @Test
    void theDictionaryPicksTheOneSpellingThatReadsAsFewestWords() {
        assertEquals("น้ำท่วม", best("นำท่วม", MarkSpellings.withMarkAbove("นำท่วม")), "a tone lost over ำ");
        assertEquals("ชำรุดทรุดโทรม", best("ชำรดทรุดโทรม", MarkSpellings.withVowelBelow("ชำรดทรุดโทรม")));
    }

    @Test
    void whereTwoSpellingsReadAlikeTheWordStays() {
        // ระบับ and น้ำ read as well as each other: without the ink to say where, nothing changes.
        assertEquals("เครื่องสูบน้าและระบบ",
                best("เครื่องสูบน้าและระบบ", MarkSpellings.withMarkAbove("เครื่องสูบน้าและระบบ")));
    }

    @Test
    void candidatesPutOneMarkWhereThaiSpellingAllowsIt() {
        List<String> above = MarkSpellings.withMarkAbove("น้า").stream().map(MarkSpellings.Candidate::text).toList();
        assertTrue(above.contains("น้ำ"));
        assertTrue(above.stream().noneMatch(c -> c.equals("น้้า")), "no second tone on a letter");
    }

    /**
     * The ink of สำนักงานระบายน้ำ as a 300-dpi scan in Loma gave it, read สํานักงานระบายน้า: ส's
     * ring is one piece with ส, so the word shows as many pieces above as its text has marks,
     * yet the ring over the last น belongs to no mark of the text.
     */
    @Test
    void aRingInkedWithItsLetterDoesNotHideTheRingThatWasDropped() {
        List<Box> parts = List.of(
                new Box(1944, 1585, 1965, 1592), // ้ over the last น, cut short by the cell's rule
                new Box(1488, 1596, 1525, 1661), // ส with ำ's ring
                new Box(1574, 1596, 1605, 1614), // ั
                new Box(1945, 1596, 1963, 1614), // ำ's ring, dropped
                new Box(1557, 1617, 1596, 1661), new Box(1601, 1617, 1633, 1660), new Box(1638, 1617, 1663, 1660),
                new Box(1668, 1617, 1694, 1660), new Box(1699, 1617, 1738, 1660), new Box(1742, 1617, 1770, 1661),
                new Box(1809, 1617, 1847, 1661), new Box(1853, 1617, 1879, 1660), new Box(1921, 1617, 1960, 1661),
                new Box(1964, 1617, 1990, 1660), new Box(1526, 1618, 1552, 1661), new Box(1885, 1618, 1916, 1661),
                new Box(1774, 1619, 1804, 1638), new Box(1774, 1640, 1804, 1659));
        Box word = new Box(1489, 1578, 1984, 1670);
        LineSegmenter.Line line = new LineSegmenter.Line(word, parts, 1660, 43, false);
        String read = "สํานักงานระบายน้า";
        List<LineTokens.Token> tokens = List.of(new LineTokens.Token(0, read.length(), read, word));

        assertEquals(List.of("สำนักงานระบายน้ำ"), marks.read(tokens, List.of(read), line));
    }

    /**
     * The ink of ระบายน้ำ as a blurred 300-dpi scan in Garuda gave it, read ระบายน้า: ring and tone
     * are one piece with their น, so no mark can be counted, but the piece stands two marks high.
     */
    @Test
    void aStackInkedAsOnePieceWithItsLetterGetsItsSecondMarkBack() {
        List<Box> parts = List.of(
                new Box(1078, 1511, 1116, 1576), // น with ำ's ring and ้, one piece
                new Box(1169, 1531, 1199, 1576), new Box(911, 1540, 940, 1576), new Box(973, 1540, 1006, 1576),
                new Box(1046, 1540, 1073, 1576), new Box(1012, 1541, 1038, 1576), new Box(1119, 1541, 1145, 1576),
                new Box(945, 1546, 968, 1574));
        Box word = new Box(912, 1508, 1144, 1585);
        LineSegmenter.Line line = new LineSegmenter.Line(new Box(911, 1505.6, 1199, 1592), parts, 1574, 36, false);
        List<LineTokens.Token> tokens = List.of(new LineTokens.Token(0, 8, "ระบายน้า", word));

        assertEquals(List.of("ระบายน้ำ"), marks.read(tokens, List.of("ระบายน้า"), line));
    }

    @Test
    void aToneReadTwiceBeforeAaIsTheRingOfAm() {
        Box word = new Box(0, 0, 100, 40);
        LineSegmenter.Line line = new LineSegmenter.Line(word, List.of(), 38, 30, false);
        assertEquals(List.of("น้ำ"), marks.read(List.of(new LineTokens.Token(0, 4, "น้้า", word)), List.of("น้้า"), line));
    }

    @Test
    void stackedCandidatesGiveALetterItsSecondMark() {
        List<String> texts = MarkSpellings.withStackedMark("ที").stream().map(MarkSpellings.Candidate::text).toList();
        assertTrue(texts.contains("ที่"));
        assertTrue(MarkSpellings.withStackedMark("น้า").stream().map(MarkSpellings.Candidate::text).toList()
                .contains("น้ำ"));
        assertTrue(MarkSpellings.withStackedMark("ที่").isEmpty(), "a letter with two marks gets no third");
        assertEquals("ที่", best("ที", MarkSpellings.withStackedMark("ที")));
    }

    @Test
    void aWordWhoseMarksAllHaveTheirInkStays() {
        List<Box> parts = List.of(
                new Box(1113, 1662, 1138, 1680), new Box(1114, 1684, 1132, 1702), // ้ and ำ's ring
                new Box(910, 1705, 938, 1749), new Box(977, 1705, 1016, 1749), new Box(1021, 1705, 1047, 1748),
                new Box(1055, 1705, 1085, 1748), new Box(1090, 1705, 1130, 1749), new Box(1133, 1705, 1159, 1748),
                new Box(944, 1706, 973, 1725), new Box(944, 1728, 973, 1746));
        Box word = new Box(911, 1659, 1158, 1766);
        LineSegmenter.Line line = new LineSegmenter.Line(word, parts, 1748, 43, false);
        List<LineTokens.Token> tokens = List.of(new LineTokens.Token(0, 8, "ระบายน้ำ", word));

        assertEquals(List.of("ระบายน้ำ"), marks.read(tokens, List.of("ระบายน้ำ"), line));
    }
}
