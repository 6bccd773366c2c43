package raingan.ingest.extract.layout;

/**
 * A ruled line of a table: drawn in a PDF, or found in a page image.
 *
 * @param horizontal true for a line across, false for one down
 * @param position   y of a horizontal line, x of a vertical one (its centre line)
 * @param from       where it starts along its length (x for horizontal, y for vertical)
 * @param to         where it ends, at least {@code from}
 * @param thickness  how thick it is drawn
 */
public record Ruling(boolean horizontal, double position, double from, double to, double thickness) {

    public Ruling {
        if (to < from) {
            throw new IllegalArgumentException("a ruling ends before it starts: " + from + " → " + to);
        }
    }

    public static Ruling horizontal(double y, double fromX, double toX, double thickness) {
        return new Ruling(true, y, fromX, toX, thickness);
    }

    public static Ruling vertical(double x, double fromY, double toY, double thickness) {
        return new Ruling(false, x, fromY, toY, thickness);
    }

    public double length() {
        return to - from;
    }

    /** True when this horizontal line and {@code vertical} cross or touch within {@code slack}. */
    boolean meets(Ruling vertical, double slack) {
        return vertical.position >= from - slack && vertical.position <= to + slack
                && position >= vertical.from - slack && position <= vertical.to + slack;
    }
}
