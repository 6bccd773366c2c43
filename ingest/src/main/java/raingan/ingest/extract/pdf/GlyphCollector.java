package raingan.ingest.extract.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import raingan.ingest.extract.layout.LayoutText;
import raingan.ingest.extract.layout.Ruling;
import raingan.ingest.extract.layout.TextBlock;

/**
 * Walks one page's content stream and records every glyph in the order it is drawn, which
 * for Thai is the logical order (PDFBox's own text stripper re-sorts by position and moves
 * tone marks past the next consonant). Glyphs inside a marked-content span with
 * {@code /ActualText} become one glyph carrying that text: LibreOffice and Chromium draw
 * ำ and stacked marks as several glyphs and put the real text there.
 *
 * <p>Also keeps the thin filled or stroked rectangles and lines that rule a table, for
 * {@link TableTextAssembler}, and counts what a text-layer judge needs: glyphs without any
 * Unicode mapping, images drawn, paths painted. Positions are turned to points from the page's
 * top-left corner. Single use: one instance per page.
 */
final class GlyphCollector extends PDFGraphicsStreamEngine {

    /** A painted shape no thicker than this (points) is a rule, not a filled area. */
    private static final double RULE_THICKNESS = 3.0;
    /** A rule shorter than this (points) is a dash or a dot, not a table's border. */
    private static final double RULE_LENGTH = 4.0;

    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    /** The rectangles and straight segments of the path being built, in device space, each as x0 y0 x1 y1. */
    private final List<double[]> path = new ArrayList<>();
    private final float pageTop;
    private Point2D current = new Point2D.Float();
    private int spanDepth;
    /** The ActualText of the outermost open span that has one, else null. */
    private String actualText;
    private int actualTextDepth;
    /** Index in glyphs of the glyph standing for the open ActualText span, or -1 before its first glyph. */
    private int actualTextGlyph = -1;
    private int drawn;
    private int unmapped;
    private int images;
    private int shapes;

    GlyphCollector(PDPage page) {
        super(page);
        this.pageTop = page.getMediaBox().getUpperRightY();
    }

    /** Reads the page. @throws IOException if its content stream is damaged */
    PageLayer collect() throws IOException {
        processPage(getPage());
        List<TextBlock> lines = TableTextAssembler.assemble(glyphs, rulings);
        return new PageLayer(LayoutText.compose(lines), LayoutText.spans(lines), drawn, unmapped, images, shapes);
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        drawn++;
        float x = trm.getTranslateX();
        float y = pageTop - trm.getTranslateY();
        float size = Math.abs(trm.getScalingFactorY());
        float width = font.isVertical() ? 0 : displacement.getX() * trm.getScalingFactorX();
        if (actualText != null) {
            coverWithActualText(x, y, width, size);
            return;
        }
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            // No ToUnicode entry and no usable encoding: the glyph is ink without text.
            unmapped++;
            return;
        }
        glyphs.add(new Glyph(unicode, x, y, width, size));
    }

    /** The first glyph of an ActualText span carries the span's text; the others widen it. */
    private void coverWithActualText(float x, float y, float width, float size) {
        if (actualTextGlyph < 0) {
            actualTextGlyph = glyphs.size();
            glyphs.add(new Glyph(actualText, x, y, width, size));
            return;
        }
        Glyph first = glyphs.get(actualTextGlyph);
        float end = Math.max(first.end(), x + width);
        glyphs.set(actualTextGlyph, new Glyph(first.text(), first.x(), first.y(), end - first.x(), first.size()));
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        spanDepth++;
        String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
        if (actualText == null && actual != null && !actual.isEmpty()) {
            actualText = actual;
            actualTextDepth = spanDepth;
            actualTextGlyph = -1;
        }
    }

    @Override
    public void endMarkedContentSequence() {
        if (spanDepth == 0) {
            return; // an unbalanced EMC, common in damaged files
        }
        if (spanDepth == actualTextDepth) {
            actualText = null;
        }
        spanDepth--;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double left = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double right = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double bottom = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double top = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        path.add(new double[] {left, bottom, right, top, 1});
        current = p0;
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new double[] {current.getX(), current.getY(), x, y, 0});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        shapes++;
        double width = Math.max(0.1, getGraphicsState().getLineWidth());
        for (double[] s : path) {
            if (s[4] == 1) {
                // A stroked rectangle rules its four sides.
                rule(s[0], s[1], s[2], s[1], width);
                rule(s[0], s[3], s[2], s[3], width);
                rule(s[0], s[1], s[0], s[3], width);
                rule(s[2], s[1], s[2], s[3], width);
            } else {
                rule(s[0], s[1], s[2], s[3], width);
            }
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        shapes++;
        fillRules();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        shapes++;
        fillRules();
    }

    /** Filled rectangles thin in one direction are how browsers draw a table's borders. */
    private void fillRules() {
        for (double[] s : path) {
            if (s[4] == 1) {
                double w = s[2] - s[0];
                double h = s[3] - s[1];
                if (h <= RULE_THICKNESS && w >= RULE_LENGTH) {
                    rule(s[0], (s[1] + s[3]) / 2, s[2], (s[1] + s[3]) / 2, h);
                } else if (w <= RULE_THICKNESS && h >= RULE_LENGTH) {
                    rule((s[0] + s[2]) / 2, s[1], (s[0] + s[2]) / 2, s[3], w);
                }
            }
        }
        path.clear();
    }

    /** An axis-aligned segment as a ruling in top-down page coordinates; slanted ones are no rules. */
    private void rule(double x0, double y0, double x1, double y1, double thickness) {
        if (Math.abs(y1 - y0) < 0.5 && Math.abs(x1 - x0) >= RULE_LENGTH) {
            rulings.add(Ruling.horizontal(pageTop - y0, Math.min(x0, x1), Math.max(x0, x1), thickness));
        } else if (Math.abs(x1 - x0) < 0.5 && Math.abs(y1 - y0) >= RULE_LENGTH) {
            rulings.add(Ruling.vertical(x0, pageTop - Math.max(y0, y1), pageTop - Math.min(y0, y1), thickness));
        }
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
