package raingan.ingest.extract.ocr;

/**
 * What OCR read from one image.
 *
 * @param text        Tesseract's text, lines separated by {@code \n}; sara am as ํ+า, as Tesseract writes it
 * @param confidence  mean word confidence 0..1
 */
public record OcrResult(String text, double confidence) {
}
