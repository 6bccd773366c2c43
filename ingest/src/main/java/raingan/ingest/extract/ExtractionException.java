package raingan.ingest.extract;

import raingan.ingest.ConversionException;
import raingan.ingest.ErrorClass;

/** The document's type is supported but its text could not be read (corrupt, truncated, encrypted…). */
public class ExtractionException extends ConversionException {
    private static final long serialVersionUID = 1L;

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorClass errorClass() {
        return ErrorClass.EXTRACTION_FAILED;
    }
}
