package raingan.ingest.extract;

import raingan.model.PageMethod;

/**
 * The text of one page and how it was obtained.
 *
 * @param number          1-based
 * @param method          from the text layer or by OCR, as the record's {@code source.pages} say
 * @param ocrConfidence   mean word confidence 0..1 when OCR'd, else null
 * @param textLayerScore  quality 0..1 of the page's text layer when it had one, else null
 * @param geometry        where its text lies, or null for a page without geometry (a text file)
 */
public record PageText(int number, String text, PageMethod method, Double ocrConfidence, Double textLayerScore,
                       PageGeometry geometry) {

    /** A page without geometry. */
    public PageText(int number, String text, PageMethod method, Double ocrConfidence, Double textLayerScore) {
        this(number, text, method, ocrConfidence, textLayerScore, null);
    }
}
