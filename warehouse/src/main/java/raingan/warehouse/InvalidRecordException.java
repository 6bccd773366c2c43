package raingan.warehouse;

/** A record the warehouse cannot hold as it is; the message says why, in words a person can act on. */
public final class InvalidRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidRecordException(String message) {
        super(message);
    }
}
