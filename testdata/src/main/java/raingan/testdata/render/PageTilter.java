package raingan.testdata.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Turns each page's drawing by a small angle about the page's centre, as a sheet lies askew
 * on a scanner. Done on the PDF before rasterising, it costs nothing and keeps the glyphs'
 * edges clean, where turning a 300-dpi image costs seconds a page.
 */
final class PageTilter {

    /**
     * Writes to {@code out} a copy of {@code pdf} whose page i is turned by {@code degrees.get(i)}
     * (counter-clockwise; pages past the list's end are left straight).
     */
    void tilt(Path pdf, Path out, List<Double> degrees) throws RenderException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages() && i < degrees.size(); i++) {
                PDPage page = doc.getPage(i);
                PDRectangle box = page.getMediaBox();
                float cx = box.getLowerLeftX() + box.getWidth() / 2;
                float cy = box.getLowerLeftY() + box.getHeight() / 2;
                try (PDPageContentStream before = new PDPageContentStream(doc, page, AppendMode.PREPEND, false)) {
                    before.saveGraphicsState();
                    before.transform(Matrix.getTranslateInstance(cx, cy));
                    before.transform(Matrix.getRotateInstance(Math.toRadians(degrees.get(i)), 0, 0));
                    before.transform(Matrix.getTranslateInstance(-cx, -cy));
                }
                try (PDPageContentStream after = new PDPageContentStream(doc, page, AppendMode.APPEND, false)) {
                    after.restoreGraphicsState();
                }
            }
            doc.save(out.toFile());
        } catch (IOException e) {
            throw new RenderException("cannot tilt the pages of " + pdf + ": " + e.getMessage(), e);
        }
    }
}
