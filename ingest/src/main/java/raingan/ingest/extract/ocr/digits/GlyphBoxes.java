package raingan.ingest.extract.ocr.digits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import raingan.ingest.extract.layout.Box;

/** Ink components grouped into glyphs, left to right. */
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

    private static boolean stacked(Box a, Box b) {
        double overlap = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        return overlap >= SAME_GLYPH * Math.min(a.width(), b.width());
    }
}
