package raingan.ingest.extract;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;

/** Lets a batch timeout stop a long document: checked between pages, and recognised in I/O failures. */
public final class Interruption {

    private Interruption() {
    }

    /**
     * @throws ExtractionInterruptedException if the current thread was interrupted; its
     *                                        interrupt flag stays set for the caller's caller
     */
    public static void check() throws ExtractionInterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionInterruptedException("interrupted (a time limit?) before the document was fully read");
        }
    }

    /**
     * Throws the interruption if that is what {@code e} is: an interrupted thread's file
     * channel is closed under it, so its next read fails with an I/O error.
     */
    public static void rethrowIfInterrupted(IOException e) throws ExtractionInterruptedException {
        if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException
                || Thread.currentThread().isInterrupted()) {
            Thread.currentThread().interrupt();
            throw new ExtractionInterruptedException("interrupted (a time limit?) while reading the document", e);
        }
    }
}
