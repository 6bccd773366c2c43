package raingan.ingest.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.layout.Table;

/**
 * What page analysis found on a page image, all in the pixels of {@code image}.
 *
 * @param image  the page turned straight (when it was skewed), the rules still on it
 * @param skew   the skew taken out, in degrees (counter-clockwise positive)
 * @param tables the ruled tables, top to bottom
 * @param glyphs the boxes of the ink's connected components, rules excluded: letters and marks
 */
record PageLayout(BufferedImage image, double skew, List<Table> tables, List<Box> glyphs) {

    PageLayout {
        tables = List.copyOf(tables);
        glyphs = List.copyOf(glyphs);
    }

    /**
     * A box of {@code image} on the page as it came, before it was turned straight: Leptonica
     * turned it clockwise by {@code skew} about its centre, so the box's corners are turned back
     * and boxed again.
     */
    Box unturned(Box box) {
        if (skew == 0) {
            return box;
        }
        double t = Math.toRadians(-skew);
        double cx = image.getWidth() / 2.0;
        double cy = image.getHeight() / 2.0;
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (double[] p : new double[][] {{box.left(), box.top()}, {box.right(), box.top()},
                {box.left(), box.bottom()}, {box.right(), box.bottom()}}) {
            double x = cx + (p[0] - cx) * Math.cos(t) - (p[1] - cy) * Math.sin(t);
            double y = cy + (p[0] - cx) * Math.sin(t) + (p[1] - cy) * Math.cos(t);
            left = Math.min(left, x);
            top = Math.min(top, y);
            right = Math.max(right, x);
            bottom = Math.max(bottom, y);
        }
        return new Box(Math.max(0, left), Math.max(0, top), Math.max(0, right), Math.max(0, bottom));
    }
}
