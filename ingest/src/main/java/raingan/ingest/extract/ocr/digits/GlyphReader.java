package raingan.ingest.extract.ocr.digits;

import java.awt.image.BufferedImage;
import java.util.List;
import raingan.ingest.extract.layout.Box;

/**
 * Reads glyphs as the nearest of the glyph templates: Thai and Arabic digits and the signs
 * among them. Two digits printed close together come out of a blurred scan as one component;
 * one that is too wide for any template and near none is tried cut in two, where the two halves
 * each match best.
 */
public final class GlyphReader {

    /** A glyph wider than this many times its height may be two run together: digits are about square. */
    private static final double RUN_TOGETHER = 1.3;
    /** Where a cut is tried, as shares of the glyph's width. */
    private static final double FIRST_CUT = 0.3;
    private static final double LAST_CUT = 0.7;
    private static final double CUT_STEP = 0.025;

    private final GlyphTemplates templates;

    public GlyphReader(GlyphTemplates templates) {
        this.templates = templates;
    }

    /**
     * The glyphs read left to right, or null when one of them is no nearer than {@code near} to
     * any template (a letter, a word that is no number).
     *
     * @param glyphs   the glyphs' ink boxes in {@code image}
     * @param baseline where their line's letters stand
     * @param letter   the height of the line's letters
     */
    public String read(List<Box> glyphs, BufferedImage image, double baseline, double letter, double near) {
        StringBuilder reading = new StringBuilder();
        for (Box g : glyphs) {
            String r = glyph(g, image, baseline, letter, near, 2);
            if (r == null) {
                return null;
            }
            reading.append(r);
        }
        return reading.toString();
    }

    /** One glyph's reading, or that of the two it was cut into ({@code cuts} deep), or null. */
    private String glyph(Box g, BufferedImage image, double baseline, double letter, double near, int cuts) {
        GlyphTemplates.Match m = templates.nearest(GlyphFeatures.of(image, g, baseline, letter));
        if (m.distance() <= near) {
            return String.valueOf(m.character());
        }
        if (cuts == 0 || g.width() < RUN_TOGETHER * g.height()) {
            return null;
        }
        double bestWorst = Double.MAX_VALUE;
        double bestCut = -1;
        for (double share = FIRST_CUT; share <= LAST_CUT; share += CUT_STEP) {
            double x = g.left() + share * g.width();
            double worst = Math.max(distance(new Box(g.left(), g.top(), x, g.bottom()), image, baseline, letter),
                    distance(new Box(x, g.top(), g.right(), g.bottom()), image, baseline, letter));
            if (worst < bestWorst) {
                bestWorst = worst;
                bestCut = x;
            }
        }
        if (bestCut < 0) {
            return null;
        }
        String left = glyph(new Box(g.left(), g.top(), bestCut, g.bottom()), image, baseline, letter, near, cuts - 1);
        String right = glyph(new Box(bestCut, g.top(), g.right(), g.bottom()), image, baseline, letter, near, cuts - 1);
        return left == null || right == null ? null : left + right;
    }

    private double distance(Box b, BufferedImage image, double baseline, double letter) {
        return templates.nearest(GlyphFeatures.of(image, b, baseline, letter)).distance();
    }
}
