package raingan.ingest.extract;

/** The worker thread was interrupted (a batch timeout) between pages; the thread's interrupt flag is set again. */
public class ExtractionInterruptedException extends ExtractionException {
    private static final long serialVersionUID = 1L;

    public ExtractionInterruptedException(String message) {
        super(message);
    }

    public ExtractionInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
