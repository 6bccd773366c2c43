package raingan.ingest.extract;

/** The file has no bytes at all (an interrupted download or copy). */
public class EmptyFileException extends ExtractionException {
    private static final long serialVersionUID = 1L;

    public EmptyFileException(String message) {
        super(message);
    }

    public EmptyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
