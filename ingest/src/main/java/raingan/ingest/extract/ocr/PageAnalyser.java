package raingan.ingest.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.layout.Ruling;
import raingan.ingest.extract.layout.Table;
import raingan.ingest.extract.layout.TableFinder;
import raingan.ingest.extract.ocr.leptonica.Pix;

/**
 * Lays out a page image with Leptonica: binarised on a levelled background, its skew measured
 * and taken out, its background levelled to white for reading, its rules kept by morphological opening with a long thin brick across and down
 * (no letter has a stroke that long) and turned into tables ({@link TableFinder}), and the
 * remaining ink's connected components listed for the line segmenter.
 */
final class PageAnalyser {

    /** Ink darker than this (0-255, on a background levelled to 200) is text, for measuring skew. */
    private static final int TEXT_THRESHOLD = 160;
    /**
     * Rules and glyphs are looked for a little lighter: a thin rule or a small tone mark loses
     * darkness to blur and scanning, and a mark not found cannot be given to its line.
     */
    private static final int INK_THRESHOLD = 180;
    /** The shortest rule kept, in inches: shorter than a narrow cell, longer than any letter's stroke. */
    private static final double RULE_ACROSS = 0.25;
    private static final double RULE_DOWN = 0.2;
    /** Only rules at least this long (inches) are taken off the text: a letter's stroke may pass the shorter brick. */
    private static final double RULE_MASK = 0.4;
    /** How far around a rule (inches) ink counts as the rule's: its blur and the letters' contact with it. */
    private static final double RULE_HALO = 0.01;
    /** Skews smaller than this (degrees) are not worth a rotation's blur. */
    private static final double MIN_SKEW = 0.08;
    /** Below this confidence Leptonica's skew is a guess (a page without enough lines). */
    private static final double MIN_SKEW_CONFIDENCE = 2.0;
    /** How long (inches) a thin stroke must be to count as a piece of a rule. */
    private static final double RULE_PIECE = 0.15;
    /** Ink taller than this (inches) is no text: the desk around a photographed page, a stamp, a picture. */
    private static final double TALLEST_INK = 0.5;
    /** Components smaller than this (pixels each way) are scanner noise. */
    private static final int SPECK = 2;

    /**
     * A piece of a rule too short or too faint to be found as one: long (at least this, in inches)
     * and ten times longer than thick. No letter or digit is that thin; a stroke of a rule left
     * in a cell is read as {@code |} or {@code 1}.
     */
    private static boolean rulePiece(Pix.Component c, int length) {
        return c.height() >= length && c.width() * 10 <= c.height()
                || c.width() >= length && c.height() * 10 <= c.width();
    }

    /**
     * Ink touching the image's edge is not the page's: the desk around a photographed page, the
     * shadow of a scanner's lid. A printed page keeps its margins.
     */
    private static boolean atEdge(Pix.Component c, int width, int height) {
        return c.x() <= 0 || c.y() <= 0 || c.x() + c.width() >= width || c.y() + c.height() >= height;
    }

    PageLayout analyse(BufferedImage grey, int dpi) {
        int resolution = dpi > 0 ? dpi : 300;
        try (Pix page = Pix.ofGrey(grey)) {
            Pix.Skew skew;
            try (Pix ink = page.binarised(TEXT_THRESHOLD)) {
                skew = ink.skew();
            }
            if (Math.abs(skew.degrees()) < MIN_SKEW || skew.confidence() < MIN_SKEW_CONFIDENCE) {
                return layout(page, 0, resolution);
            }
            try (Pix straight = page.rotated(skew.degrees())) {
                return layout(straight, skew.degrees(), resolution);
            }
        }
    }

    /**
     * The page's layout; its image is the page levelled to white, so that lines cut out onto
     * white show no edge of the paper around each letter.
     */
    private static PageLayout layout(Pix page, double skew, int dpi) {
        int across = (int) Math.round(RULE_ACROSS * dpi);
        int down = (int) Math.round(RULE_DOWN * dpi);
        int halo = Math.max(1, (int) Math.round(RULE_HALO * dpi)) * 2 + 1;
        List<Ruling> rules = new ArrayList<>();
        List<Box> glyphs = new ArrayList<>();
        try (Pix ink = page.binarised(INK_THRESHOLD);
             Pix horizontal = ink.opened(across, 1);
             Pix vertical = ink.opened(1, down);
             Pix longAcross = horizontal.longerThan((int) Math.round(RULE_MASK * dpi), true);
             Pix longDown = vertical.longerThan((int) Math.round(RULE_MASK * dpi), false);
             Pix lines = longAcross.or(longDown);
             Pix covered = lines.dilated(halo, halo);
             Pix text = ink.minus(covered)) {
            int width = ink.width();
            int height = ink.height();
            for (Pix.Component c : horizontal.components()) {
                if (atEdge(c, width, height)) {
                    continue;
                }
                rules.add(Ruling.horizontal(c.y() + c.height() / 2.0, c.x(), c.x() + c.width(), c.height()));
            }
            for (Pix.Component c : vertical.components()) {
                if (atEdge(c, width, height)) {
                    continue;
                }
                rules.add(Ruling.vertical(c.x() + c.width() / 2.0, c.y(), c.y() + c.height(), c.width()));
            }
            int stroke = (int) Math.round(RULE_PIECE * dpi);
            int tallest = (int) Math.round(TALLEST_INK * dpi);
            for (Pix.Component c : text.components()) {
                if ((c.width() > SPECK || c.height() > SPECK) && c.height() <= tallest && !rulePiece(c, stroke)
                        && !atEdge(c, width, height)) {
                    glyphs.add(new Box(c.x(), c.y(), c.x() + c.width(), c.y() + c.height()));
                }
            }
        }
        List<Table> tables = new TableFinder(dpi / 72.0).find(rules);
        BufferedImage image;
        try (Pix levelled = page.levelled()) {
            image = levelled.toGrey();
        }
        return new PageLayout(image, skew, tables, glyphs);
    }
}
