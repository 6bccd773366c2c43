package raingan.ingest.extract.ocr.digits;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import raingan.ingest.extract.layout.Box;

/** Ink components grouped into glyphs, left to right, and boxes trimmed to their ink. */
public final class GlyphBoxes {

    /** Components overlapping across by this share of the narrower are one glyph: the dots of a colon. */
    private static final double SAME_GLYPH = 0.5;

    private GlyphBoxes() {
    }

    /** The glyphs the components make: those stacked over each other joined, in reading order. */
    public static List<Box> of(List<Box> components) {
        List<Box> sorted = new ArrayList<>(components);
        sorted.sort(Comparator.comparingDouble(Box::left));
        List<Box> glyphs = new ArrayList<>();
        for (Box c : sorted) {
            int last = glyphs.size() - 1;
            if (last >= 0 && stacked(glyphs.get(last), c)) {
                glyphs.set(last, glyphs.get(last).union(c));
            } else {
                glyphs.add(c);
            }
        }
        return glyphs;
    }

    /** The box shrunk to the pixels darker than {@code ink} inside it, or null when it holds none. */
    public static Box inkOf(BufferedImage image, Box b, int ink) {
        int x0 = Math.max(0, (int) Math.floor(b.left()));
        int x1 = Math.min(image.getWidth(), (int) Math.ceil(b.right()));
        int y0 = Math.max(0, (int) Math.floor(b.top()));
        int y1 = Math.min(image.getHeight(), (int) Math.ceil(b.bottom()));
        Raster r = image.getRaster();
        int top = -1;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (r.getSample(x, y, 0) < ink) {
                    top = top < 0 ? y : top;
                    bottom = y + 1;
                    left = Math.min(left, x);
                    right = Math.max(right, x + 1);
                }
            }
        }
        return top < 0 ? null : new Box(left, top, right, bottom);
    }

    private static boolean stacked(Box a, Box b) {
        double overlap = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        return overlap >= SAME_GLYPH * Math.min(a.width(), b.width());
    }
}
