package raingan.ingest;

/**
 * Base of every failure to convert one document. Each stage has its own subtype, so a
 * batch can name the outcome of each file without parsing messages.
 * Messages name the cause in words a person can act on; callers add the file name.
 */
public class ConversionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConversionException(String message) {
        super(message);
    }

    public ConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
