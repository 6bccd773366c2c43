package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    private static final double UPPER_BASELINE = 1735;
    private static final double LOWER_BASELINE = 1822;
    /** ุ of บุคคล, cut from the tone of ผู้ on the line below and given to that line. */
    private final Box vowel = new Box(1664, 1738, 1676, 1753);

    @Test
    void aMarkGoesToTheLineThatReadsBetterWithIt() throws Exception {
        List<TextSpan> read = between.read(segmentation(), line -> {
            boolean upper = line.baseline() == UPPER_BASELINE;
            boolean withVowel = line.parts().contains(vowel);
            String text = upper ? (withVowel ? "การบริหารทรัพยากรบุคคล" : "การบริหารทรัพยากรบคคล")
                    : "เป้าหมายที่ บุคลากรกรุงเทพมหานครเป็นผู้ปฏิบัติงาน";
            return new TextSpan(text, line.box(), 0.9);
        });
        assertEquals(List.of("การบริหารทรัพยากรบุคคล", "เป้าหมายที่ บุคลากรกรุงเทพมหานครเป็นผู้ปฏิบัติงาน"),
                read.stream().map(TextSpan::text).toList());
    }

    @Test
    void linesThatReadAsWordsAreNotReadAgain() throws Exception {
        List<LineSegmenter.Line> asked = new ArrayList<>();
        List<TextSpan> read = between.read(segmentation(), line -> {
            asked.add(line);
            return new TextSpan(line.baseline() == UPPER_BASELINE ? "ที่รับผิดชอบ" : "แบบแสดงรายงาน", line.box(), 0.9);
        });
        assertEquals(List.of("ที่รับผิดชอบ", "แบบแสดงรายงาน"), read.stream().map(TextSpan::text).toList());
        assertEquals(2, asked.size(), "each line read once");
        assertEquals(Set.copyOf(segmentation().lines()), Set.copyOf(asked), "as the segmenter gave it");
    }

    @Test
    void onlyTheWordsAroundTheMarkAreReadAgain() throws Exception {
        List<Double> widths = new ArrayList<>();
        between.read(segmentation(), line -> {
            widths.add(line.box().width());
            return new TextSpan(line.baseline() == UPPER_BASELINE ? "ทรัพยากรบคคล" : "เป็นผู้ปฏิบัติ", line.box(), 0.9);
        });
        assertEquals(6, widths.size(), "both lines, then both again around the mark with it on each: " + widths);
        assertTrue(widths.subList(2, 6).stream().allMatch(w -> w <= 11 * LETTER), "read again: " + widths);
    }

    private LineSegmenter.Segmentation segmentation() {
        List<Box> upper = letters(UPPER_BASELINE);
        List<Box> lower = letters(LOWER_BASELINE);
        lower.add(0, vowel);
        return new LineSegmenter.Segmentation(List.of(line(upper, UPPER_BASELINE), line(lower, LOWER_BASELINE)),
                List.of(vowel));
    }

    /** Letters standing on the baseline from x = 300 to 1700, 45 px apart. */
    private static List<Box> letters(double baseline) {
        List<Box> out = new ArrayList<>();
        for (double x = 300; x < 1700; x += 45) {
            out.add(new Box(x, baseline - LETTER, x + 35, baseline));
        }
        return out;
    }

    private static LineSegmenter.Line line(List<Box> parts, double baseline) {
        return new LineSegmenter.Line(new Box(300, baseline - 1.9 * LETTER, 1700, baseline + 0.5 * LETTER), parts,
                baseline, LETTER, false);
    }
}
