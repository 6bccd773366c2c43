package raingan.ingest.extract.ocr.digits;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import raingan.ingest.extract.layout.Box;

/**
 * What a glyph classifier compares: the glyph's ink scaled to a {@value #SIZE} × {@value #SIZE}
 * grid (Java2D's bilinear scaling, darkness stretched to 0..1), and where it stands on its line:
 * its aspect, its height against the line's letters, and how far its foot is above the
 * baseline. The same glyph at any size and in any scan gives nearly the same features; a
 * full stop and a zero differ by their height, not their shape.
 */
public final class GlyphFeatures {

    /** The side of the shape grid. */
    public static final int SIZE = 16;
    /** Shape values, then the three placement values. */
    public static final int LENGTH = SIZE * SIZE + 3;

    private GlyphFeatures() {
    }

    /**
     * @param grey     a compact 8-bit grey image, ink dark
     * @param glyph    the glyph's ink box in {@code grey}
     * @param baseline where the line's letters stand, in {@code grey}'s pixels
     * @param letter   the height of the line's letters
     */
    public static float[] of(BufferedImage grey, Box glyph, double baseline, double letter) {
        int x = clamp((int) Math.floor(glyph.left()), grey.getWidth() - 1);
        int y = clamp((int) Math.floor(glyph.top()), grey.getHeight() - 1);
        int w = Math.max(1, clamp((int) Math.ceil(glyph.right()), grey.getWidth()) - x);
        int h = Math.max(1, clamp((int) Math.ceil(glyph.bottom()), grey.getHeight()) - y);
        BufferedImage grid = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grid.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(grey.getSubimage(x, y, w, h), 0, 0, SIZE, SIZE, null);
        } finally {
            g.dispose();
        }
        byte[] pixels = ((DataBufferByte) grid.getRaster().getDataBuffer()).getData();
        float[] f = new float[LENGTH];
        float darkest = 0;
        float lightest = 1;
        for (int i = 0; i < pixels.length; i++) {
            f[i] = 1 - (pixels[i] & 0xFF) / 255f;
            darkest = Math.max(darkest, f[i]);
            lightest = Math.min(lightest, f[i]);
        }
        float range = Math.max(1e-3f, darkest - lightest);
        for (int i = 0; i < pixels.length; i++) {
            f[i] = (f[i] - lightest) / range;
        }
        double scale = Math.max(1, letter);
        f[SIZE * SIZE] = (float) Math.log((double) w / h);
        f[SIZE * SIZE + 1] = (float) (h / scale);
        f[SIZE * SIZE + 2] = (float) ((baseline - glyph.bottom()) / scale);
        return f;
    }

    /**
     * How unlike two glyphs are: the mean squared difference of their shapes, plus their
     * placements' squared differences, weighted so that a shape and a placement that are both
     * clearly off count alike.
     */
    public static double distance(float[] a, float[] b) {
        double shape = 0;
        for (int i = 0; i < SIZE * SIZE; i++) {
            double d = a[i] - b[i];
            shape += d * d;
        }
        shape /= SIZE * SIZE;
        double place = 0;
        for (int i = SIZE * SIZE; i < LENGTH; i++) {
            double d = a[i] - b[i];
            place += d * d;
        }
        return shape + PLACEMENT_WEIGHT * place;
    }

    private static final double PLACEMENT_WEIGHT = 0.25;

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
