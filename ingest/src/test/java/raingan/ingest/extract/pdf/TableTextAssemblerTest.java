package raingan.ingest.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.extract.layout.LayoutText;
import raingan.ingest.extract.layout.Ruling;
import raingan.ingest.extract.layout.TextBlock;

/** Glyphs and rules as Chromium prints the form's ruled tables, 14 pt, points from the top. */
class TableTextAssemblerTest {

    private static final float SIZE = 14;

    private static void word(List<Glyph> g, String text, float x, float baseline) {
        for (int i = 0; i < text.length(); i++) {
            g.add(new Glyph(String.valueOf(text.charAt(i)), x + i * 7, baseline, 7, SIZE));
        }
    }

    /** Section 1.1's first rows: a label cell that wraps beside a value on one line. */
    private static List<Ruling> rules() {
        List<Ruling> r = new ArrayList<>();
        for (float y : new float[] {100, 150, 175}) {
            r.add(Ruling.horizontal(y, 60, 540, 0.75));
        }
        r.add(Ruling.vertical(60, 100, 175, 0.75));
        r.add(Ruling.vertical(180, 100, 175, 0.75));
        r.add(Ruling.vertical(540, 100, 175, 0.75));
        return r;
    }

    @Test
    void aWrappedLabelCellAndItsValueAreOneTabbedRow() {
        List<Glyph> g = new ArrayList<>();
        word(g, "ชื่อโครงการ/", 64, 118);
        word(g, "คัดกรองโรคเบาหวาน", 184, 118);
        word(g, "กิจกรรม :", 64, 136);
        word(g, "รหัสโครงการ :", 64, 168);
        word(g, "09000000-5776", 184, 168);
        word(g, "1.2 หน่วยงานที่รับผิดชอบ", 60, 200);
        List<TextBlock> blocks = TableTextAssembler.assemble(g, rules());
        assertEquals("ชื่อโครงการ/กิจกรรม :\tคัดกรองโรคเบาหวาน\nรหัสโครงการ :\t09000000-5776\n1.2 หน่วยงานที่รับผิดชอบ",
                LayoutText.compose(blocks));
        assertEquals(6, LayoutText.spans(blocks).size(), "each cell line, and the line under the table, keeps its own box");
    }

    @Test
    void withoutRulesThePageIsReadLineByLine() {
        List<Glyph> g = new ArrayList<>();
        word(g, "ชื่อโครงการ/กิจกรรม :", 64, 118);
        word(g, "คัดกรอง", 250, 118);
        assertEquals("ชื่อโครงการ/กิจกรรม : คัดกรอง", LayoutText.compose(TableTextAssembler.assemble(g, List.of())));
    }
}
