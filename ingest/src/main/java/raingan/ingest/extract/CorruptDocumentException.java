package raingan.ingest.extract;

import raingan.ingest.ErrorClass;

/** The document's bytes do not parse as its format: truncated, damaged, or mislabelled inside. */
public class CorruptDocumentException extends ExtractionException {
    private static final long serialVersionUID = 1L;

    public CorruptDocumentException(String message) {
        super(message);
    }

    public CorruptDocumentException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorClass errorClass() {
        return ErrorClass.CORRUPT;
    }
}
