package raingan.ingest.source;

import raingan.ingest.ConversionException;
import raingan.ingest.ErrorClass;

/** The file's bytes could not be read at all: it is gone, not permitted, or the disk failed. */
public class UnreadableFileException extends ConversionException {
    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorClass errorClass() {
        return ErrorClass.UNREADABLE;
    }
}
