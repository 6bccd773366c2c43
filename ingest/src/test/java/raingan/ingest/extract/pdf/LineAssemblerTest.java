package raingan.ingest.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.extract.layout.LayoutText;

/** Glyph streams as PDF producers draw them, at 14 pt, y measured down from the top of the page. */
class LineAssemblerTest {

    private static final float SIZE = 14;

    @Test
    void marksStayAfterTheirConsonantWhateverTheirPosition() {
        // ครั้ง: the tone mark is drawn left of ร's right edge, the vowel above it; drawing order is logical order.
        List<Glyph> g = new ArrayList<>();
        float x = 100;
        x = put(g, "ค", x, 100, 7);
        x = put(g, "ร", x, 100, 6);
        g.add(new Glyph("ั", x - 4, 100, 0, SIZE));
        g.add(new Glyph("้", x - 5, 97, 0, SIZE));
        put(g, "ง", x, 100, 6);
        assertEquals("ครั้ง", LayoutText.compose(LineAssembler.lines(g)));
    }

    @Test
    void aMarkShiftedLeftDoesNotOpenAGap() {
        // ฝ่าย: the tone mark on a tall consonant is shifted left; no space may appear before า.
        List<Glyph> g = new ArrayList<>();
        float x = put(g, "ฝ", 100, 100, 7);
        g.add(new Glyph("่", x - 9, 100, 0, SIZE));
        x = put(g, "า", x, 100, 6);
        put(g, "ย", x, 100, 6);
        assertEquals("ฝ่าย", LayoutText.compose(LineAssembler.lines(g)));
    }

    @Test
    void aLabelCellAndItsValueCellShareALineWhateverTheDrawingOrder() {
        // The value column is drawn first (rows top to bottom), then the label column.
        List<Glyph> g = new ArrayList<>();
        word(g, ": 04160000-3941", 200, 100);
        word(g, ": 2564", 200, 120);
        word(g, "รหัสโครงการ", 60, 100);
        word(g, "ปีงบประมาณ", 60, 120);
        assertEquals("รหัสโครงการ : 04160000-3941\nปีงบประมาณ : 2564", LayoutText.compose(LineAssembler.lines(g)));
    }

    @Test
    void aWrappedValueKeepsItsSecondLineBelow() {
        List<Glyph> g = new ArrayList<>();
        word(g, "ชื่อโครงการ/กิจกรรม", 60, 100);
        word(g, ": โครงการพัฒนาระบบ", 200, 100);
        word(g, "ระบายน้ำ", 210, 118);
        word(g, "รหัสโครงการ", 60, 136);
        assertEquals("ชื่อโครงการ/กิจกรรม : โครงการพัฒนาระบบ\nระบายน้ำ\nรหัสโครงการ", LayoutText.compose(LineAssembler.lines(g)));
    }

    @Test
    void gapsBetweenGlyphsBecomeOneSpaceAndDrawnSpacesAreNotDoubled() {
        List<Glyph> g = new ArrayList<>();
        float x = put(g, "ก", 100, 100, 7);
        x = put(g, "ท", x + 5, 100, 7); // a gap of 5 pt > 0.18 em: a word space
        x = put(g, " ", x, 100, 4);
        x = put(g, "1", x + 3, 100, 7);
        put(g, "9", x + 0.5f, 100, 7); // kerning, not a space
        assertEquals("ก ท 19", LayoutText.compose(LineAssembler.lines(g)));
    }

    @Test
    void textDrawnTwiceOnTheSameSpotIsFakeBoldNotTwoWords() {
        List<Glyph> g = new ArrayList<>();
        word(g, "สำนัก", 100, 100);
        word(g, "สำนัก", 100.3f, 100);
        assertEquals("สำนัก", LayoutText.compose(LineAssembler.lines(g)));
    }

    @Test
    void aLoneMarkWithNoConsonantIsDropped() {
        List<Glyph> g = new ArrayList<>();
        g.add(new Glyph("่", 100, 100, 0, SIZE));
        word(g, "ที", 110, 100);
        assertEquals("ที", LayoutText.compose(LineAssembler.lines(g)));
    }

    /** Draws a word glyph by glyph, each 6 pt wide, marks with no width. */
    private static void word(List<Glyph> g, String text, float x, float y) {
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            Glyph glyph = new Glyph(c, x, y, 0, SIZE);
            if (glyph.isMark()) {
                g.add(glyph);
            } else {
                x = put(g, c, x, y, c.isBlank() ? 4 : 6);
            }
        }
    }

    private static float put(List<Glyph> g, String text, float x, float y, float width) {
        g.add(new Glyph(text, x, y, width, SIZE));
        return x + width;
    }
}
