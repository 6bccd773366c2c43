package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.layout.TextSpan;
import raingan.ingest.thai.ThaiDictionary;

/**
 * The choice of line for a mark in doubt, given what each line reads with and without it: the
 * readings as Tesseract gave them on the seed's scan, the dictionary ICU's.
 */
class MarksBetweenLinesTest {

    private static final double LETTER = 43;
    private final MarksBetweenLines between = new MarksBetweenLines(new ThaiDictionary());

    private final Box upperLetters = new Box(300, 1692, 1700, 1735);
    private final Box lowerLetters = new Box(300, 1779, 1700, 1822);
    /** ุ of บุคคล, cut from the tone of ผู้ on the line below and given to that line. */
    private final Box vowel = new Box(1664, 1738, 1676, 1753);

    @Test
    void aMarkGoesToTheLineThatReadsBetterWithIt() throws Exception {
        List<TextSpan> read = between.read(segmentation(), line -> {
            boolean upper = line.parts().contains(upperLetters);
            boolean withVowel = line.parts().contains(vowel);
            String text = upper ? (withVowel ? "การบริหารทรัพยากรบุคคล" : "การบริหารทรัพยากรบคคล")
                    : "เป้าหมายที่ บุคลากรกรุงเทพมหานครเป็นผู้ปฏิบัติงาน";
            return new TextSpan(text, line.box(), 0.9);
        });
        assertEquals(List.of("การบริหารทรัพยากรบุคคล", "เป้าหมายที่ บุคลากรกรุงเทพมหานครเป็นผู้ปฏิบัติงาน"),
                read.stream().map(TextSpan::text).toList());
    }

    @Test
    void theSegmentersChoiceStandsWhereBothReadAlike() throws Exception {
        List<LineSegmenter.Line> asked = new ArrayList<>();
        List<TextSpan> read = between.read(segmentation(), line -> {
            asked.add(line);
            return new TextSpan(line.parts().contains(upperLetters) ? "ที่รับผิดชอบ" : "แบบแสดงรายงาน", line.box(), 0.9);
        });
        assertEquals(List.of("ที่รับผิดชอบ", "แบบแสดงรายงาน"), read.stream().map(TextSpan::text).toList());
        assertEquals(4, asked.size(), "each line read once each way: " + asked.size());
        LineSegmenter.Line lower = segmentation().lines().get(1);
        assertTrue(asked.contains(lower), "the lower line as the segmenter gave it is among those read");
    }

    private LineSegmenter.Segmentation segmentation() {
        LineSegmenter.Line upper = new LineSegmenter.Line(new Box(300, 1654, 1700, 1757), List.of(upperLetters), 1735,
                LETTER, false);
        LineSegmenter.Line lower = new LineSegmenter.Line(new Box(300, 1738, 1700, 1844), List.of(vowel, lowerLetters),
                1822, LETTER, false);
        return new LineSegmenter.Segmentation(List.of(upper, lower), List.of(vowel));
    }
}
