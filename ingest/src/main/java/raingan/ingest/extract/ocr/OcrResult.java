package raingan.ingest.extract.ocr;

import java.util.List;
import raingan.ingest.extract.layout.TextSpan;

/**
 * What OCR read from one image.
 *
 * @param text        Tesseract's text, lines separated by {@code \n}; sara am as ํ+า, as Tesseract writes it
 * @param confidence  mean word confidence 0..1
 * @param words       the words in reading order with where they lie in the image; empty where not asked for
 * @param spans       the lines of a page read by its layout, with where they lie; empty otherwise
 */
public record OcrResult(String text, double confidence, List<OcrWord> words, List<TextSpan> spans) {

    public OcrResult {
        words = List.copyOf(words);
        spans = List.copyOf(spans);
    }

    public OcrResult(String text, double confidence) {
        this(text, confidence, List.of(), List.of());
    }
}
