package raingan.ingest.extract.ocr;

import raingan.ingest.extract.layout.Box;

/**
 * One word Tesseract read.
 *
 * @param text       its text
 * @param box        where it lies, in the pixels of the image read
 * @param confidence Tesseract's confidence in it, 0..1
 */
public record OcrWord(String text, Box box, double confidence) {
}
