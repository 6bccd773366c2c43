package raingan.ingest.extract;

import raingan.ingest.ErrorClass;

/**
 * An image, or a PDF page rendered for OCR, has more pixels than
 * {@link ExtractionSettings#maxImagePixels()}: decoding it could exhaust memory (an image bomb).
 */
public class ImageTooLargeException extends ExtractionException {
    private static final long serialVersionUID = 1L;

    public ImageTooLargeException(String what, long width, long height, long limit) {
        super(what + " is " + width + " × " + height + " = " + width * height
                + " pixels, more than the limit of " + limit + " (raise maxImagePixels if it is genuine)");
    }

    @Override
    public ErrorClass errorClass() {
        return ErrorClass.TOO_LARGE;
    }
}
