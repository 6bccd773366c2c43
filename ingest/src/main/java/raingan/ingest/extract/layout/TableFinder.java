package raingan.ingest.extract.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds ruled tables among a page's rulings: rules that cross each other form one table; its
 * horizontal rules (and the ends of its vertical ones) cut it into rows, and each row into the
 * cells between the vertical rules that cross the whole row. Pure: the same rulings give the
 * same tables.
 *
 * <p>Every distance is in the rulings' own units, scaled by {@code unitsPerPoint} (1 for PDF
 * points, dpi / 72 for pixels), so one finder serves text layers and scans alike.
 */
public final class TableFinder {

    /** How far apart (in points) two rules may be and still be one rule, or meet at a corner. */
    private static final double SLACK = 3.0;
    /** A gap (in points) a scanned rule may have and still be one line: noise eats bits of a rule. */
    private static final double GAP = 9.0;
    /** Rows and cells thinner than this (in points) are the space between a doubled rule. */
    private static final double MIN_CELL = 7.0;

    private final double slack;
    private final double gap;
    private final double minCell;

    public TableFinder(double unitsPerPoint) {
        if (!(unitsPerPoint > 0)) {
            throw new IllegalArgumentException("units per point must be positive, was " + unitsPerPoint);
        }
        this.slack = SLACK * unitsPerPoint;
        this.gap = GAP * unitsPerPoint;
        this.minCell = MIN_CELL * unitsPerPoint;
    }

    /** The tables the rulings draw, top to bottom; rules that form no grid are ignored. */
    public List<Table> find(List<Ruling> rulings) {
        List<Ruling> across = merge(rulings.stream().filter(Ruling::horizontal).toList());
        List<Ruling> down = merge(rulings.stream().filter(r -> !r.horizontal()).toList());
        int[] group = new int[across.size() + down.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int h = 0; h < across.size(); h++) {
            for (int v = 0; v < down.size(); v++) {
                if (across.get(h).meets(down.get(v), slack)) {
                    join(group, h, across.size() + v);
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        for (int root = 0; root < group.length; root++) {
            if (find(group, root) != root) {
                continue;
            }
            List<Ruling> h = new ArrayList<>();
            List<Ruling> v = new ArrayList<>();
            for (int i = 0; i < group.length; i++) {
                if (find(group, i) == root) {
                    (i < across.size() ? h : v).add(i < across.size() ? across.get(i) : down.get(i - across.size()));
                }
            }
            if (!h.isEmpty() && v.size() >= 2) {
                Table t = table(h, v);
                if (t != null) {
                    tables.add(t);
                }
            }
        }
        tables.sort(Comparator.comparingDouble(t -> t.box().top()));
        return tables;
    }

    private Table table(List<Ruling> across, List<Ruling> down) {
        List<Double> positions = new ArrayList<>(across.stream().map(Ruling::position).toList());
        // Where the vertical rules start and end there is a border even when it was not drawn or
        // scanned: a table continued from the page before has no rule above its first row.
        positions.add(down.stream().mapToDouble(Ruling::from).min().orElseThrow());
        positions.add(down.stream().mapToDouble(Ruling::to).max().orElseThrow());
        List<Double> ys = clusters(positions.stream().sorted().toList());
        List<Double> xsAll = clusters(down.stream().map(Ruling::position).sorted().toList());
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i + 1 < ys.size(); i++) {
            double top = ys.get(i);
            double bottom = ys.get(i + 1);
            if (bottom - top < minCell) {
                continue;
            }
            List<Double> xs = new ArrayList<>();
            for (double x : xsAll) {
                if (down.stream().anyMatch(r -> Math.abs(r.position() - x) <= slack
                        && r.from() <= top + slack && r.to() >= bottom - slack)) {
                    xs.add(x);
                }
            }
            List<Box> cells = new ArrayList<>();
            for (int j = 0; j + 1 < xs.size(); j++) {
                if (xs.get(j + 1) - xs.get(j) >= minCell) {
                    cells.add(new Box(xs.get(j), top, xs.get(j + 1), bottom));
                }
            }
            if (!cells.isEmpty()) {
                Box band = new Box(cells.get(0).left(), top, cells.get(cells.size() - 1).right(), bottom);
                rows.add(new Table.Row(band, cells));
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        Box box = rows.get(0).box();
        for (Table.Row r : rows) {
            box = box.union(r.box());
        }
        return new Table(box, rows);
    }

    /** Collinear pieces of one rule (split by a crossing, a page's noise or a cell's border) as one rule. */
    private List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::from));
        List<Ruling> merged = new ArrayList<>();
        boolean[] used = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (used[i]) {
                continue;
            }
            Ruling r = sorted.get(i);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int j = i + 1; j < sorted.size(); j++) {
                    Ruling o = sorted.get(j);
                    if (used[j] || o.position() - r.position() > slack * 2) {
                        continue;
                    }
                    if (Math.abs(o.position() - r.position()) <= slack && o.from() <= r.to() + gap
                            && o.to() >= r.from() - gap) {
                        double weight = r.length() + o.length();
                        double position = weight == 0 ? r.position()
                                : (r.position() * r.length() + o.position() * o.length()) / weight;
                        r = new Ruling(r.horizontal(), position, Math.min(r.from(), o.from()),
                                Math.max(r.to(), o.to()), Math.max(r.thickness(), o.thickness()));
                        used[j] = true;
                        grew = true;
                    }
                }
            }
            merged.add(r);
        }
        return merged;
    }

    /** Sorted positions with those within the slack of each other as their mean. */
    private List<Double> clusters(List<Double> sorted) {
        List<Double> out = new ArrayList<>();
        double sum = 0;
        int n = 0;
        for (double p : sorted) {
            if (n > 0 && p - sum / n > slack) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += p;
            n++;
        }
        if (n > 0) {
            out.add(sum / n);
        }
        return out;
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private static void join(int[] group, int a, int b) {
        group[find(group, a)] = find(group, b);
    }
}
