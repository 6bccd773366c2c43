package raingan.ingest.extract.layout;

import java.util.List;

/**
 * A rectangle on a page, y growing downwards: pixels of a page image or PDF points measured
 * from the page's top-left corner.
 */
public record Box(double left, double top, double right, double bottom) {

    public Box {
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("a box ends before it starts: " + left + "," + top + " → " + right
                    + "," + bottom);
        }
    }

    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }

    public boolean contains(double x, double y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    /** The box shrunk by {@code by} on every side, never below an empty box at its centre. */
    public Box inset(double by) {
        double dx = Math.min(by, width() / 2);
        double dy = Math.min(by, height() / 2);
        return new Box(left + dx, top + dy, right - dx, bottom - dy);
    }

    /** The smallest box around all of {@code boxes}; there must be one at least. */
    public static Box around(List<Box> boxes) {
        Box u = boxes.get(0);
        for (Box b : boxes) {
            u = u.union(b);
        }
        return u;
    }

    public Box union(Box other) {
        return new Box(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right),
                Math.max(bottom, other.bottom));
    }
}
