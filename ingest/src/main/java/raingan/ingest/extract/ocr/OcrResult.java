package raingan.ingest.extract.ocr;

import java.util.List;

/**
 * What OCR read from one image.
 *
 * @param text        Tesseract's text, lines separated by {@code \n}; sara am as ํ+า, as Tesseract writes it
 * @param confidence  mean word confidence 0..1
 * @param words       the words in reading order with where they lie in the image; empty where not asked for
 */
public record OcrResult(String text, double confidence, List<OcrWord> words) {

    public OcrResult {
        words = List.copyOf(words);
    }

    public OcrResult(String text, double confidence) {
        this(text, confidence, List.of());
    }
}
