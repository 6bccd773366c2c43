package raingan.ingest.extract.ocr.digits;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import raingan.ingest.extract.layout.Box;

/**
 * Reads glyphs as the nearest of the glyph templates: Thai and Arabic digits and the signs
 * among them. Digits printed close together come out of a blurred scan as one component (a
 * year's ๒๕๖ as one blot); one that is too wide for any template and near none is read as the
 * run of glyphs it splits into best: cut where each piece, trimmed to its own ink, lies nearest
 * a template.
 */
public final class GlyphReader {

    /** A glyph wider than this many times its height may be several run together: digits are about square. */
    private static final double RUN_TOGETHER = 1.3;
    /** The narrowest and widest piece of a run, as shares of its height. */
    private static final double NARROWEST = 0.4;
    private static final double WIDEST = 1.25;
    /** How finely cuts are tried, as a share of the run's height. */
    private static final double CUT_STEP = 0.08;
    /** Darker than this a pixel is ink when a piece is trimmed to its ink. */
    private static final int INK = 150;

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
            String r = glyph(g, image, baseline, letter, near);
            if (r == null) {
                return null;
            }
            reading.append(r);
        }
        return reading.toString();
    }

    private String glyph(Box g, BufferedImage image, double baseline, double letter, double near) {
        GlyphTemplates.Match m = templates.nearest(GlyphFeatures.of(image, g, baseline, letter));
        if (m.distance() <= near) {
            return String.valueOf(m.character());
        }
        return g.width() < RUN_TOGETHER * g.height() ? null : run(g, image, baseline, letter, near);
    }

    /**
     * A run of glyphs read as the pieces it cuts into with the nearest worst piece (the cuts
     * found by dynamic programming over evenly spaced positions), or null when even that piece
     * is no nearer than {@code near}.
     */
    private String run(Box g, BufferedImage image, double baseline, double letter, double near) {
        double step = Math.max(1, CUT_STEP * g.height());
        int n = (int) Math.ceil(g.width() / step);
        double[] worst = new double[n + 1];
        int[] from = new int[n + 1];
        GlyphTemplates.Match[] last = new GlyphTemplates.Match[n + 1];
        Arrays.fill(worst, Double.MAX_VALUE);
        worst[0] = 0;
        int shortest = Math.max(1, (int) Math.floor(NARROWEST * g.height() / step));
        int longest = (int) Math.ceil(WIDEST * g.height() / step);
        for (int b = 1; b <= n; b++) {
            for (int a = Math.max(0, b - longest); a <= b - shortest; a++) {
                if (worst[a] == Double.MAX_VALUE) {
                    continue;
                }
                Box cut = GlyphBoxes.inkOf(image, new Box(g.left() + a * step, g.top(),
                        Math.min(g.right(), g.left() + b * step), g.bottom()), INK);
                if (cut == null) {
                    continue;
                }
                GlyphTemplates.Match m = templates.nearest(GlyphFeatures.of(image, cut, baseline, letter));
                double w = Math.max(worst[a], m.distance());
                if (w < worst[b]) {
                    worst[b] = w;
                    from[b] = a;
                    last[b] = m;
                }
            }
        }
        if (worst[n] > near) {
            return null;
        }
        StringBuilder reading = new StringBuilder();
        for (int b = n; b > 0; b = from[b]) {
            reading.insert(0, last[b].character());
        }
        return reading.toString();
    }
}
