package raingan.ingest.extract.ocr;

import raingan.ingest.ErrorClass;
import raingan.ingest.extract.ExtractionException;

/** OCR cannot run on this machine (Tesseract's library or language data is missing): a batch should stop, not mark each file failed. */
public class OcrUnavailableException extends ExtractionException {
    private static final long serialVersionUID = 1L;

    public OcrUnavailableException(String message) {
        super(message);
    }

    public OcrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorClass errorClass() {
        return ErrorClass.OCR_UNAVAILABLE;
    }
}
