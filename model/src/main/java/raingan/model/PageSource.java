package raingan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How one page was read.
 *
 * @param number          1-based page number
 * @param method          {@code text} (a text layer or a text file) or {@code ocr}
 * @param ocrConfidence   mean word confidence 0..1 when OCR'd, else null
 * @param textLayerScore  quality score 0..1 of the page's text layer when it had one, else null;
 *                        a low score is why a page was OCR'd instead
 */
@JsonPropertyOrder({"number", "method", "ocrConfidence", "textLayerScore"})
public record PageSource(int number, PageMethod method, Double ocrConfidence, Double textLayerScore) {
}
