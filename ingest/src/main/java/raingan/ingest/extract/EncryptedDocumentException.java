package raingan.ingest.extract;

import raingan.ingest.ErrorClass;

/** The document is encrypted and opening it needs a password raingan does not have. */
public class EncryptedDocumentException extends ExtractionException {
    private static final long serialVersionUID = 1L;

    public EncryptedDocumentException(String message) {
        super(message);
    }

    public EncryptedDocumentException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorClass errorClass() {
        return ErrorClass.ENCRYPTED;
    }
}
