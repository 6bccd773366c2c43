package raingan.ingest.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.List;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.ocr.digits.GlyphBoxes;

/**
 * Cuts a component at its waist: the lowest of the rows between two heights that cross it in one
 * stroke and hold the least ink, if they hold much less than its fullest. Two marks inked
 * together touch where the upper one's stroke ends (the stem of ุ, a tone's tick); the thin rows
 * of a loop (ู, ำ's ring) cross two strokes and are no waist. Pure over its image.
 */
final class InkWaist implements LineSegmenter.Cut {

    /** Lighter than this (0-255, on the levelled page) is paper. */
    private static final int PAPER = 230;
    /** Darker than this a pixel is ink when a piece is trimmed to its ink. */
    private static final int INK = 200;
    /** A waist holds at most this share of the ink of the component's fullest row. */
    private static final double THIN = 0.5;

    /** Within this share of the least ink a row is as thin as the thinnest. */
    private static final double AS_THIN = 1.15;

    private final BufferedImage page;

    /** @param page the levelled grey page the components were found on */
    InkWaist(BufferedImage page) {
        this.page = page;
    }

    @Override
    public List<Box> apart(Box c, double from, double to) {
        Raster r = page.getRaster();
        int x0 = Math.max(0, (int) Math.floor(c.left()));
        int x1 = Math.min(page.getWidth(), (int) Math.ceil(c.right()));
        int y0 = Math.max(0, (int) Math.floor(c.top()));
        int y1 = Math.min(page.getHeight(), (int) Math.ceil(c.bottom()));
        long[] ink = new long[Math.max(0, y1 - y0)];
        boolean[] oneStroke = new boolean[ink.length];
        long fullest = 0;
        for (int y = y0; y < y1; y++) {
            int runs = 0;
            boolean inRun = false;
            for (int x = x0; x < x1; x++) {
                int v = r.getSample(x, y, 0);
                if (v < PAPER) {
                    ink[y - y0] += PAPER - v;
                }
                boolean dark = v < INK;
                runs += dark && !inRun ? 1 : 0;
                inRun = dark;
            }
            oneStroke[y - y0] = runs == 1;
            fullest = Math.max(fullest, ink[y - y0]);
        }
        int lo = Math.max(y0, (int) Math.ceil(from));
        int hi = Math.min(y1 - 1, (int) Math.floor(to));
        long least = Long.MAX_VALUE;
        for (int y = lo; y <= hi; y++) {
            if (oneStroke[y - y0]) {
                least = Math.min(least, ink[y - y0]);
            }
        }
        if (least > THIN * fullest) {
            return List.of(c);
        }
        int waist = lo;
        for (int y = lo; y <= hi; y++) {
            if (oneStroke[y - y0] && ink[y - y0] <= AS_THIN * least) {
                waist = y;
            }
        }
        Box upper = GlyphBoxes.inkOf(page, new Box(x0, y0, x1, waist), INK);
        Box lower = GlyphBoxes.inkOf(page, new Box(x0, waist + 1, x1, y1), INK);
        if (upper == null || lower == null) {
            return List.of(c);
        }
        return List.of(upper, lower);
    }
}
