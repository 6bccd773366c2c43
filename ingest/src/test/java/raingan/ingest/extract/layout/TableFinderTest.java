package raingan.ingest.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulings as section 1.1 of the printed form draws them, in points. */
class TableFinderTest {

    private final TableFinder finder = new TableFinder(1.0);

    /** Name and code across the table, then fiscal year | start and received | end as pairs, then spent. */
    private static List<Ruling> sectionOneOne(double shift) {
        double[] ys = {100, 130, 150, 170, 190, 210};
        List<Ruling> r = new ArrayList<>();
        for (double y : ys) {
            r.add(Ruling.horizontal(y + shift, 60, 540, 0.8));
        }
        r.add(Ruling.vertical(60, 100 + shift, 210 + shift, 0.8));
        r.add(Ruling.vertical(180, 100 + shift, 210 + shift, 0.8));
        r.add(Ruling.vertical(540, 100 + shift, 210 + shift, 0.8));
        // The pairs' rows only: between the first value and the second label, and the second value.
        r.add(Ruling.vertical(300, 150 + shift, 190 + shift, 0.8));
        r.add(Ruling.vertical(405, 150 + shift, 190 + shift, 0.8));
        return r;
    }

    @Test
    void aValueSpanningColumnsIsOneCellAndPairedRowsHaveFour() {
        List<Table> tables = finder.find(sectionOneOne(0));
        assertEquals(1, tables.size());
        List<Table.Row> rows = tables.get(0).rows();
        assertEquals(5, rows.size());
        assertEquals(List.of(2, 2, 4, 4, 2), rows.stream().map(r -> r.cells().size()).toList());
        assertEquals(new Box(180, 100, 540, 130), rows.get(0).cells().get(1));
        assertEquals(new Box(300, 150, 405, 170), rows.get(2).cells().get(2));
        assertEquals(new Box(60, 100, 540, 210), tables.get(0).box());
    }

    @Test
    void rulesBrokenByScanNoiseAndDrawnPerCellAreJoined() {
        List<Ruling> r = new ArrayList<>();
        // Each cell draws its own top border, and noise took 5 points out of the middle one.
        for (double y : new double[] {100, 124}) {
            r.add(Ruling.horizontal(y, 60, 180, 1));
            r.add(Ruling.horizontal(y + 0.6, 180, 300, 1));
            r.add(Ruling.horizontal(y, 305, 540, 1));
        }
        r.add(Ruling.vertical(60, 100, 124, 1));
        r.add(Ruling.vertical(180.7, 100, 111, 1));
        r.add(Ruling.vertical(180, 113, 124, 1));
        r.add(Ruling.vertical(540, 100, 124, 1));
        List<Table> tables = finder.find(r);
        assertEquals(1, tables.size());
        assertEquals(1, tables.get(0).rows().size());
        assertEquals(2, tables.get(0).rows().get(0).cells().size());
    }

    @Test
    void aTableWithoutItsTopRuleIsBoundedByItsVerticalRules() {
        // An entry continued from the page before: its first row has no rule above it.
        List<Ruling> r = new ArrayList<>();
        r.add(Ruling.horizontal(150, 60, 540, 0.8));
        r.add(Ruling.vertical(60, 80, 150, 0.8));
        r.add(Ruling.vertical(160, 80, 150, 0.8));
        r.add(Ruling.vertical(540, 80, 150, 0.8));
        List<Table> tables = finder.find(r);
        assertEquals(1, tables.size());
        assertEquals(new Box(60, 80, 540, 150), tables.get(0).box());
        assertEquals(2, tables.get(0).rows().get(0).cells().size());
    }

    @Test
    void linesThatFormNoGridAreNoTable() {
        List<Ruling> r = List.of(Ruling.horizontal(300, 60, 540, 0.8), Ruling.horizontal(320, 60, 300, 0.8),
                Ruling.vertical(600, 100, 400, 0.8));
        assertTrue(finder.find(r).isEmpty());
    }

    @Test
    void tablesComeTopToBottomAndDistancesScaleWithTheResolution() {
        List<Ruling> points = new ArrayList<>(sectionOneOne(400));
        points.addAll(sectionOneOne(0));
        List<Ruling> pixels = new ArrayList<>();
        double scale = 300 / 72.0;
        for (Ruling p : points) {
            pixels.add(new Ruling(p.horizontal(), p.position() * scale, p.from() * scale, p.to() * scale,
                    p.thickness() * scale));
        }
        List<Table> tables = new TableFinder(scale).find(pixels);
        assertEquals(2, tables.size());
        assertEquals(100 * scale, tables.get(0).box().top(), 1e-9);
        assertEquals(500 * scale, tables.get(1).box().top(), 1e-9);
        assertEquals(List.of(2, 2, 4, 4, 2), tables.get(1).rows().stream().map(x -> x.cells().size()).toList());
    }
}
