package raingan.ingest.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import raingan.ingest.extract.CorruptDocumentException;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.Extractor;
import raingan.ingest.extract.Interruption;
import raingan.ingest.extract.PageText;
import raingan.ingest.source.SourceDocument;
import raingan.model.PageMethod;

/**
 * Reads the text layer of PDF pages with PDFBox, glyphs in drawing order (see
 * {@link GlyphCollector}) grouped into lines by baseline (see {@link LineAssembler}).
 * Never OCRs: a page without a layer gives empty text and a score of 0.
 */
public final class PdfTextLayerExtractor implements Extractor {

    private final ExtractionSettings settings;
    private final TextLayerQuality quality;

    public PdfTextLayerExtractor(ExtractionSettings settings, TextLayerQuality quality) {
        this.settings = settings;
        this.quality = quality;
    }

    /** Every page's text layer, method {@code text}, with its quality score. */
    @Override
    public ExtractedText extract(SourceDocument doc) throws ExtractionException {
        PDDocument pdf = PdfDocuments.open(doc.path(), settings.maxPages());
        try {
            List<PageText> pages = new ArrayList<>();
            int number = 0;
            for (PDPage page : pdf.getPages()) {
                Interruption.check();
                number++;
                PageLayer layer = read(page, number);
                pages.add(new PageText(number, layer.text(), PageMethod.TEXT, null, quality.score(layer)));
            }
            return new ExtractedText("application/pdf", pages);
        } finally {
            PdfDocuments.close(pdf);
        }
    }

    /**
     * One page's text layer and the counts its quality is judged by.
     *
     * @throws CorruptDocumentException       if the page's content stream is damaged
     * @throws ExtractionInterruptedException if the thread was interrupted while reading it
     */
    PageLayer read(PDPage page, int number) throws ExtractionException {
        try {
            return new GlyphCollector(page).collect();
        } catch (IOException e) {
            Interruption.rethrowIfInterrupted(e);
            throw new CorruptDocumentException("page " + number + " of the PDF is damaged ("
                    + e.getMessage() + "): export or download it again", e);
        }
    }
}
