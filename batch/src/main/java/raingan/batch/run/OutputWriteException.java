package raingan.batch.run;

import java.io.IOException;

/**
 * The output folder could not be written (a full disk, a failing one), so the run stopped where it
 * was. Nothing written is half a file: the records are whole, and the manifest holds a whole line
 * for every input finished; running the same command again finishes the batch.
 */
public final class OutputWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputWriteException(String message, IOException cause) {
        super(message, cause);
    }
}
