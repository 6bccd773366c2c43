package raingan.ingest;

/**
 * Base of every failure to convert one document. Each failure has its own subtype, which
 * knows its {@link ErrorClass}, so a batch can name the outcome of each file without parsing
 * messages. Messages name the cause in words a person can act on; callers add the file name.
 */
public abstract class ConversionException extends Exception {
    private static final long serialVersionUID = 1L;

    protected ConversionException(String message) {
        super(message);
    }

    protected ConversionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Why the document failed, as a batch's manifest names it. */
    public abstract ErrorClass errorClass();

    /**
     * What this failure says beyond the advice of its class, for a listing that prints both:
     * the message, or nothing where the class says all there is.
     */
    public String detail() {
        return getMessage() == null ? "" : getMessage().strip();
    }
}
