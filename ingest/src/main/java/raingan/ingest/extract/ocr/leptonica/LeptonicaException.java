package raingan.ingest.extract.ocr.leptonica;

/** Leptonica is missing, or one of its operations failed (it returns no image). */
public final class LeptonicaException extends RuntimeException {

    public LeptonicaException(String message) {
        super(message);
    }

    public LeptonicaException(String message, Throwable cause) {
        super(message, cause);
    }
}
