package raingan.ingest.extract;

import raingan.ingest.ErrorClass;

/**
 * A container inflates past {@link ArchiveLimits}: a part, or all of them together, inflate too
 * far, or a part too many times its compressed size, or there are too many parts. Reading it could
 * exhaust memory and time (a zip bomb); it was stopped before that.
 */
public class ArchiveBombException extends ExtractionException {
    private static final long serialVersionUID = 1L;

    public ArchiveBombException(String message) {
        super(message);
    }

    public ArchiveBombException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ErrorClass errorClass() {
        return ErrorClass.ARCHIVE_BOMB;
    }
}
