package raingan.ingest.extract.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import raingan.ingest.extract.CorruptDocumentException;
import raingan.ingest.extract.EncryptedDocumentException;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.Interruption;
import raingan.ingest.extract.PageLimitException;

/**
 * Opens PDFs with raingan's limits and reads their pages' text layers, turning PDFBox's failures
 * into ones a person can act on.
 */
final class PdfDocuments {

    private PdfDocuments() {
    }

    /**
     * Opens a PDF; the caller closes it.
     *
     * @throws EncryptedDocumentException if it needs a password to open
     * @throws CorruptDocumentException   if it does not parse or has no pages
     * @throws PageLimitException         if it has more than {@code maxPages} pages (checked before any page is read)
     */
    static PDDocument open(Path file, int maxPages) throws ExtractionException {
        Interruption.check();
        PDDocument doc;
        try {
            doc = Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(
                    "the PDF is encrypted and needs a password to open: save an unprotected copy", e);
        } catch (IOException e) {
            Interruption.rethrowIfInterrupted(e);
            throw new CorruptDocumentException("the PDF is damaged or truncated (" + e.getMessage()
                    + "): export or download it again", e);
        }
        int pages = doc.getNumberOfPages();
        if (pages == 0 || pages > maxPages) {
            close(doc);
            if (pages == 0) {
                throw new CorruptDocumentException("the PDF has no pages: it is damaged or truncated");
            }
            throw new PageLimitException(pages, maxPages);
        }
        return doc;
    }

    /**
     * One page's text layer, glyphs in drawing order (see {@link GlyphCollector}) grouped into
     * lines by baseline (see {@link LineAssembler}), and the counts its quality is judged by.
     *
     * @throws CorruptDocumentException       if the page's content stream is damaged
     * @throws ExtractionInterruptedException if the thread was interrupted while reading it
     */
    static PageLayer layer(PDPage page, int number) throws ExtractionException {
        try {
            return new GlyphCollector(page).collect();
        } catch (IOException e) {
            Interruption.rethrowIfInterrupted(e);
            throw new CorruptDocumentException("page " + number + " of the PDF is damaged ("
                    + e.getMessage() + "): export or download it again", e);
        }
    }

    /** Closes a document that was only read; a failure to release it changes nothing and is ignored. */
    static void close(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            // Nothing was written, so nothing can be lost.
        }
    }
}
