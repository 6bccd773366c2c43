package raingan.ingest.extract;

import raingan.ingest.ErrorClass;

/** The file has no bytes at all (an interrupted download or copy). */
public class EmptyFileException extends ExtractionException {
    private static final long serialVersionUID = 1L;

    public EmptyFileException(String message) {
        super(message);
    }

    public EmptyFileException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorClass errorClass() {
        return ErrorClass.EMPTY_FILE;
    }

    /** The class's advice says all there is: an empty file has nothing to add to it. */
    @Override
    public String detail() {
        return "";
    }
}
