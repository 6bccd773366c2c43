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

/**
 * Walks one page's content stream and records every glyph in the order it is drawn, which
 * for Thai is the logical order (PDFBox's own text stripper re-sorts by position and moves
 * tone marks past the next consonant). Glyphs inside a marked-content span with
 * {@code /ActualText} become one glyph carrying that text: LibreOffice and Chromium draw
 * ำ and stacked marks as several glyphs and put the real text there.
 *
 * <p>Also counts what a text-layer judge needs: glyphs without any Unicode mapping, images
 * drawn, paths painted. Single use: one instance per page.
 */
final class GlyphCollector extends PDFGraphicsStreamEngine {

    private final List<Glyph> glyphs = new ArrayList<>();
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
    }

    /** Reads the page. @throws IOException if its content stream is damaged */
    PageLayer collect() throws IOException {
        processPage(getPage());
        return new PageLayer(LineAssembler.assemble(glyphs), drawn, unmapped, images, shapes);
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        drawn++;
        float x = trm.getTranslateX();
        float y = trm.getTranslateY();
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

    // Paths matter only as a count: text converted to outlines is ink without a text layer.

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
        shapes++;
    }

    @Override
    public void fillPath(int windingRule) {
        shapes++;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        shapes++;
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
