package raingan.ingest.extract.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import raingan.ingest.detect.Detection;
import raingan.ingest.extract.CorruptDocumentException;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.Extractor;
import raingan.ingest.extract.ImageTooLargeException;
import raingan.ingest.extract.Interruption;
import raingan.ingest.extract.OcrPolicy;
import raingan.ingest.extract.PageGeometry;
import raingan.ingest.extract.PageText;
import raingan.ingest.extract.ocr.OcrResult;
import raingan.ingest.extract.ocr.PageReader;
import raingan.ingest.source.SourceDocument;
import raingan.model.PageMethod;

/**
 * Reads a PDF page by page, each from its text layer or by OCR as {@link OcrPolicy} says:
 * under AUTO a page is OCR'd when its layer is missing or scores below
 * {@link TextLayerQuality#THRESHOLD}. Pages to OCR are rendered once, in grey, at the
 * settings' dpi. Checks for interruption between pages.
 */
public final class PdfExtractor implements Extractor {

    private final ExtractionSettings settings;
    private final TextLayerQuality quality;
    private final PageReader ocr;

    public PdfExtractor(ExtractionSettings settings, TextLayerQuality quality, PageReader ocr) {
        this.settings = settings;
        this.quality = quality;
        this.ocr = ocr;
    }

    @Override
    public ExtractedText extract(SourceDocument doc, Detection detection) throws ExtractionException {
        PDDocument pdf = PdfDocuments.open(doc.path(), settings.maxPages());
        try {
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<PageText> pages = new ArrayList<>();
            int index = 0;
            for (PDPage page : pdf.getPages()) {
                Interruption.check();
                int number = index + 1;
                PageLayer layer = PdfDocuments.layer(page, number);
                Double score = quality.score(layer);
                if (needsOcr(score)) {
                    OcrResult read = ocr.read(render(renderer, page, index), settings.dpi());
                    pages.add(new PageText(number, read.text(), PageMethod.OCR, read.confidence(), score,
                            PageGeometry.pixels(settings.dpi(), read.spans())));
                } else {
                    pages.add(new PageText(number, layer.text(), PageMethod.TEXT, null, score,
                            PageGeometry.points(layer.spans())));
                }
                index++;
            }
            return new ExtractedText("application/pdf", pages);
        } finally {
            PdfDocuments.close(pdf);
        }
    }

    private boolean needsOcr(Double score) {
        return switch (settings.ocr()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> !TextLayerQuality.trusted(score);
        };
    }

    private BufferedImage render(PDFRenderer renderer, PDPage page, int index) throws ExtractionException {
        PDRectangle box = page.getCropBox();
        long width = Math.round(box.getWidth() * settings.dpi() / 72.0);
        long height = Math.round(box.getHeight() * settings.dpi() / 72.0);
        if (width * height > settings.maxImagePixels()) {
            throw new ImageTooLargeException("page " + (index + 1) + " rendered at " + settings.dpi() + " dpi",
                    width, height, settings.maxImagePixels());
        }
        try {
            return renderer.renderImageWithDPI(index, settings.dpi(), ImageType.GRAY);
        } catch (IOException e) {
            Interruption.rethrowIfInterrupted(e);
            throw new CorruptDocumentException("page " + (index + 1) + " of the PDF cannot be rendered for OCR ("
                    + e.getMessage() + "): export or download it again", e);
        }
    }
}
