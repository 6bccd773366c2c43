package raingan.ingest.extract;

/**
 * The text of one page and how it was obtained.
 *
 * @param number          1-based
 * @param method          {@code text} or {@code ocr} (as in {@code raingan.model.PageSource})
 * @param ocrConfidence   mean word confidence 0..1 when OCR'd, else null
 * @param textLayerScore  quality 0..1 of the page's text layer when it had one, else null
 */
public record PageText(int number, String text, String method, Double ocrConfidence, Double textLayerScore) {
}
