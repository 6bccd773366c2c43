package raingan.batch.run;

import java.io.IOException;
import java.time.Duration;
import raingan.batch.manifest.ManifestEntry;
import raingan.ingest.ConversionException;
import raingan.ingest.ErrorClass;
import raingan.ingest.detect.UnsupportedFormatException;

/**
 * What a conversion's failure means for its input: the manifest line it gets, and whether the
 * converter that threw can still be trusted. The one classification of failures, for the batch
 * and for every other runner of conversions (the Beam pipeline), so that their lines agree.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * The manifest line of an input whose reading or conversion threw {@code t}: {@code unsupported}
     * for a file that is not a document; otherwise {@code failed}, of the class a conversion's failure
     * carries, {@code UNREADABLE} for an I/O error of the caller's own reading (its size, its digest),
     * {@code OUT_OF_MEMORY}, or {@code CRASH} for anything else, which is a bug.
     *
     * @param sha256 null when the input was not digested
     * @param size   null when its size could not be read
     */
    public static ManifestEntry entry(String path, String sha256, Long size, Throwable t, long millis) {
        if (t instanceof UnsupportedFormatException u) {
            return ManifestEntry.unsupported(path, sha256, size, u.mediaType(), millis);
        }
        ErrorClass c = errorClass(t);
        return ManifestEntry.failed(path, sha256, size, c, message(c, t), millis);
    }

    /**
     * True after an {@link Error} (out of memory, a stack overflow, a linkage error): the converter may
     * hold half-built state and must be replaced. An exception leaves it fit for the next input.
     */
    public static boolean breaksConverter(Throwable t) {
        return t instanceof Error;
    }

    /** The manifest line of an input given up on after {@code timeout}. */
    public static ManifestEntry timedOut(String path, String sha256, Long size, Duration timeout) {
        String message = "Conversion did not finish within " + describe(timeout) + ". " + ErrorClass.TIMEOUT.advice();
        return ManifestEntry.failed(path, sha256, size, ErrorClass.TIMEOUT, message, timeout.toMillis());
    }

    /** The manifest's sentence for a failure: what happened, then what to do, the advice of its class. */
    static String message(ErrorClass c, Throwable t) {
        String detail = detail(t);
        return detail.isEmpty() ? c.advice() : detail + ". " + c.advice();
    }

    private static ErrorClass errorClass(Throwable t) {
        if (t instanceof ConversionException x) {
            return x.errorClass();
        }
        if (t instanceof IOException) {
            return ErrorClass.UNREADABLE;
        }
        return t instanceof OutOfMemoryError ? ErrorClass.OUT_OF_MEMORY : ErrorClass.CRASH;
    }

    /**
     * What the conversion said; for an I/O error its kind too; for anything else, which is a
     * bug, the exception's name and where it was thrown, which a bug report needs.
     */
    private static String detail(Throwable t) {
        if (t instanceof ConversionException c) {
            return c.detail();
        }
        String m = t.getMessage() == null ? "" : t.getMessage().strip();
        if (t instanceof IOException) {
            return t.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
        }
        StackTraceElement[] trace = t.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        return t.getClass().getName() + (m.isEmpty() ? "" : ": " + m) + where;
    }

    private static String describe(Duration d) {
        if (d.toMillis() % 60_000 == 0) {
            return d.toMinutes() + " min";
        }
        if (d.toMillis() % 1000 == 0) {
            return d.toSeconds() + " s";
        }
        return d.toMillis() + " ms";
    }
}
