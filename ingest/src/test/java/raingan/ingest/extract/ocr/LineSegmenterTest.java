package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.extract.layout.Box;

/**
 * Component boxes as a 300-dpi scan of 16-pt Thai gives them: consonants 40 px high, lines 87 px
 * apart (line height 1.3), marks of 10–20 px above and below.
 */
class LineSegmenterTest {

    private static final double LETTER = 40;
    private final LineSegmenter segmenter = new LineSegmenter();

    /** A row of consonants standing on {@code baseline}, from x = 100, 45 px apart. */
    private static List<Box> consonants(double baseline, int count) {
        List<Box> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Box(100 + 45 * i, baseline - LETTER, 135 + 45 * i, baseline));
        }
        return out;
    }

    private static LineSegmenter.Line lineHolding(List<LineSegmenter.Line> lines, Box part) {
        return lines.stream().filter(l -> l.parts().contains(part)).findFirst().orElseThrow();
    }

    @Test
    void aToneMarkStackedOnAVowelStaysWithItsLetterThoughItReachesTheLineAbove() {
        List<Box> boxes = new ArrayList<>(consonants(604, 8));
        boxes.addAll(consonants(691, 8));
        // ตั้ง on the second line: the vowel over its consonant, the tone mark over the vowel,
        // reaching up to 4 px under the first line's baseline.
        Box vowel = new Box(147, 628, 182, 645);
        Box tone = new Box(159, 608, 180, 624);
        // A lower vowel hanging from a consonant of the first line, as close to it.
        Box lower = new Box(325, 606, 345, 626);
        boxes.add(vowel);
        boxes.add(tone);
        boxes.add(lower);
        List<LineSegmenter.Line> lines = segmenter.lines(boxes);
        assertEquals(2, lines.size());
        assertEquals(691, lines.get(1).baseline(), 0.5);
        assertTrue(lineHolding(lines, tone) == lines.get(1), "the tone mark belongs to the line below");
        assertTrue(lineHolding(lines, vowel) == lines.get(1));
        assertTrue(lineHolding(lines, lower) == lines.get(0), "the lower vowel belongs to the line above");
        assertTrue(lines.get(1).box().top() <= 608, "the line's box reaches up to its stacked mark");
    }

    @Test
    void aLowerVowelOverAnAscenderIsInDoubt() {
        // รูป over ประเทศ as the seed's ruled print gives it: ู 2 px under ร, 5 px over the
        // ascender of ป, 20 px over the top of ป's body. The ascender reaches up to it as to a
        // mark of ป's own.
        Box ro = new Box(1295, 3005, 1323, 3048);
        Box uu = new Box(1296, 3050, 1320, 3072);
        Box po = new Box(1265, 3077, 1304, 3136);
        List<Box> boxes = new ArrayList<>(List.of(ro, uu, po, new Box(1310, 3092, 1338, 3136)));
        boxes.addAll(shifted(consonants(3048, 8), 1340));
        boxes.addAll(shifted(consonants(3136, 8), 1340));
        LineSegmenter.Segmentation found = segmenter.segment(boxes, (c, from, to) -> List.of(c));
        assertEquals(2, found.lines().size());
        assertEquals(List.of(uu), found.inDoubt());
        assertTrue(lineHolding(found.lines(), po) == found.lines().get(1));
    }

    @Test
    void aLowerVowelTouchingTheNextLinesVowelInPartIsInDoubt() {
        // เรียนรู้ over ช่วย: ู 2 px under ร, its bottom 2 px into the vowel below, a third of its
        // width over it. A tone at its vowel's end under a letter of the line above lies so too.
        Box ro = new Box(1545, 2833, 1573, 2877);
        Box uu = new Box(1547, 2879, 1570, 2901);
        Box vowel = new Box(1525, 2899, 1555, 2918);
        List<Box> boxes = new ArrayList<>(List.of(ro, uu, vowel, new Box(1512, 2921, 1545, 2964)));
        boxes.addAll(shifted(consonants(2877, 8), 1590));
        boxes.addAll(shifted(consonants(2964, 8), 1590));
        LineSegmenter.Segmentation found = segmenter.segment(boxes, (c, from, to) -> List.of(c));
        assertEquals(2, found.lines().size());
        assertEquals(List.of(uu), found.inDoubt(), "only ู may be either line's");
        assertTrue(lineHolding(found.lines(), vowel) == found.lines().get(1));
    }

    @Test
    void marksInkedTogetherAcrossTheGapAreCutAndTheUpperOneIsInDoubt() {
        // ุ of the upper line inked to ี of the lower: one component filling the gap.
        Box joined = new Box(1296, 3050, 1326, 3086);
        List<Box> boxes = new ArrayList<>(List.of(joined));
        boxes.addAll(consonants(3048, 8));
        boxes.addAll(consonants(3135, 8));
        Box upper = new Box(1314, 3050, 1326, 3067);
        Box lower = new Box(1296, 3068, 1326, 3086);
        List<Box> offered = new ArrayList<>();
        LineSegmenter.Segmentation found = segmenter.segment(boxes, (c, from, to) -> {
            offered.add(c);
            assertTrue(from > c.top() && to < c.bottom() && from < to, "the waist is looked for inside it");
            return List.of(upper, lower);
        });
        assertEquals(List.of(joined), offered, "only what fills the gap is cut");
        assertEquals(2, found.lines().size());
        assertEquals(List.of(upper), found.inDoubt());
        assertTrue(lineHolding(found.lines(), upper) == lineHolding(found.lines(), lower),
                "the pieces go where the whole would, for a stack inked together is one line's");
        assertTrue(found.lines().stream().noneMatch(l -> l.parts().contains(joined)));
    }

    private static List<Box> shifted(List<Box> boxes, double x) {
        return boxes.stream().map(b -> new Box(b.left() + x, b.top(), b.right() + x, b.bottom())).toList();
    }

    @Test
    void aShortLineUnderALongOneIsALineOfItsOwn() {
        List<Box> boxes = new ArrayList<>(consonants(1230, 6));
        boxes.addAll(consonants(1330, 30));
        List<LineSegmenter.Line> lines = segmenter.lines(boxes);
        assertEquals(2, lines.size());
        assertEquals(6, lines.get(0).parts().size());
        assertEquals(30, lines.get(1).parts().size());
    }

    @Test
    void descendersAndDotsStayOnTheirLine() {
        List<Box> boxes = new ArrayList<>(consonants(500, 10));
        Box descender = new Box(600, 460, 635, 518);
        Box stop = new Box(640, 492, 648, 500);
        boxes.add(descender);
        boxes.add(stop);
        List<LineSegmenter.Line> lines = segmenter.lines(boxes);
        assertEquals(1, lines.size());
        assertEquals(12, lines.get(0).parts().size());
    }

    @Test
    void marksAloneMakeNoLine() {
        assertTrue(segmenter.lines(List.of(new Box(10, 10, 20, 20))).size() <= 1);
        assertTrue(segmenter.lines(List.of()).isEmpty());
    }
}
