package raingan.ingest.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.layout.LayoutText;
import raingan.ingest.extract.layout.Ruling;
import raingan.ingest.extract.layout.Table;
import raingan.ingest.extract.layout.TableFinder;
import raingan.ingest.extract.layout.TextBlock;
import raingan.ingest.extract.layout.TextSpan;

/**
 * A page's text with its ruled tables read cell by cell: the glyphs inside a cell make that
 * cell's lines, a row's cells one tab-separated line ({@link LayoutText}), and the glyphs
 * outside every table running lines as before. Without it, a label that wraps inside its cell
 * lands on the line of its value's second line. Pure: the same glyphs and rules, the same text.
 */
final class TableTextAssembler {

    /** How far above its baseline (in font sizes) a glyph's body sits, to find the cell it is in. */
    private static final float BODY = 0.3f;

    private TableTextAssembler() {
    }

    /** The page's lines, top to bottom, each with where it was read. */
    static List<TextBlock> assemble(List<Glyph> glyphs, List<Ruling> rulings) {
        List<Table> tables = rulings.isEmpty() ? List.of() : new TableFinder(1.0).find(rulings);
        if (tables.isEmpty()) {
            return LineAssembler.lines(glyphs);
        }
        List<Box> cells = new ArrayList<>();
        for (Table t : tables) {
            for (Table.Row r : t.rows()) {
                cells.addAll(r.cells());
            }
        }
        List<List<Glyph>> inCell = new ArrayList<>();
        cells.forEach(c -> inCell.add(new ArrayList<>()));
        List<Glyph> outside = new ArrayList<>();
        int previous = -1;
        for (Glyph g : glyphs) {
            // A mark stays with the letter it was drawn on, wherever its own origin lies.
            int cell = g.isMark() ? previous : cellOf(cells, g);
            (cell < 0 ? outside : inCell.get(cell)).add(g);
            previous = cell;
        }
        List<TextBlock> blocks = new ArrayList<>(LineAssembler.lines(outside));
        int index = 0;
        for (Table t : tables) {
            for (Table.Row r : t.rows()) {
                List<String> texts = new ArrayList<>();
                List<TextSpan> spans = new ArrayList<>();
                for (int i = 0; i < r.cells().size(); i++) {
                    List<String> lines = new ArrayList<>();
                    for (TextBlock line : LineAssembler.lines(inCell.get(index++))) {
                        lines.add(line.text());
                        spans.addAll(line.spans());
                    }
                    texts.add(LayoutText.cell(lines));
                }
                blocks.add(new TextBlock(r.box().top(), LayoutText.row(texts), spans));
            }
        }
        return blocks;
    }

    private static int cellOf(List<Box> cells, Glyph g) {
        double x = g.x() + g.width() / 2;
        double y = g.y() - BODY * g.size();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }
}
