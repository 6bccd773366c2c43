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
