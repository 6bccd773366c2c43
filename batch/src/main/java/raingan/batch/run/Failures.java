package raingan.batch.run;

import java.io.IOException;
import raingan.ingest.ConversionException;
import raingan.ingest.ErrorClass;

/** The manifest's sentence for a failure: what happened, then what to do, the advice of its class. */
final class Failures {

    private Failures() {
    }

    static String message(ErrorClass c, Throwable t) {
        String detail = detail(t);
        return detail.isEmpty() ? c.advice() : detail + ". " + c.advice();
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
}
