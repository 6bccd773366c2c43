package raingan.batch;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import raingan.ingest.ConversionException;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.ocr.OcrUnavailableException;

/**
 * Names why a file failed, from the exception the conversion threw, and words the manifest
 * message: the cause as thrown, then the advice of its {@link ErrorClass}.
 *
 * <p>Extractors signal specific failures with {@link ExtractionException} subclasses
 * ({@code EncryptedDocumentException}, {@code PageLimitException}, {@code EmptyFileException}…);
 * the classifier recognises them by the words in their class names and, failing that, in
 * their messages and causes, so it keeps working as extractors add subclasses. Pure.
 */
final class FailureClassifier {

    /** A named failure and the sentence for the manifest. */
    record Failure(ErrorClass errorClass, String message) {
    }

    private static final int MAX_CAUSES = 16;

    private FailureClassifier() {
    }

    static Failure classify(Throwable t) {
        ErrorClass c = byType(t);
        if (c == null) {
            c = byMessage(t);
        }
        if (c == null) {
            c = fallback(t);
        }
        return new Failure(c, message(c, t));
    }

    /** The manifest message: what was thrown, then what to do. */
    static String message(ErrorClass c, Throwable t) {
        String detail = detail(t);
        return detail.isEmpty() ? c.advice() : detail + ". " + c.advice();
    }

    private static ErrorClass byType(Throwable t) {
        int depth = 0;
        for (Throwable x = t; x != null && depth < MAX_CAUSES; x = x.getCause(), depth++) {
            if (x instanceof OutOfMemoryError) {
                return ErrorClass.OUT_OF_MEMORY;
            }
            if (x instanceof OcrUnavailableException) {
                return ErrorClass.OCR_UNAVAILABLE;
            }
            String n = x.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            if (n.contains("encrypt") || n.contains("password")) {
                return ErrorClass.ENCRYPTED;
            }
            if (n.contains("pagelimit") || n.contains("toomanypages") || n.contains("maxpages")) {
                return ErrorClass.PAGE_LIMIT;
            }
            if (n.contains("zerobyte") || n.contains("emptyfile") || n.contains("emptydocument")) {
                return ErrorClass.EMPTY_FILE;
            }
            if (n.contains("truncat") || x instanceof EOFException) {
                return ErrorClass.TRUNCATED;
            }
            if (n.contains("toolarge") || n.contains("pixel") || n.contains("imagesize") || n.contains("bomb")) {
                return ErrorClass.TOO_LARGE;
            }
            if (n.contains("timeout")) {
                return ErrorClass.TIMEOUT;
            }
            if (n.contains("corrupt") || n.contains("damaged") || n.contains("malformed")
                    || x instanceof CharacterCodingException) {
                return ErrorClass.CORRUPT;
            }
            if (x instanceof AccessDeniedException || x instanceof NoSuchFileException) {
                return ErrorClass.UNREADABLE;
            }
        }
        return null;
    }

    private static ErrorClass byMessage(Throwable t) {
        int depth = 0;
        for (Throwable x = t; x != null && depth < MAX_CAUSES; x = x.getCause(), depth++) {
            String m = x.getMessage() == null ? "" : x.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("encrypt") || m.contains("password")) {
                return ErrorClass.ENCRYPTED;
            }
            if (m.contains("page limit") || m.contains("too many pages") || m.contains("max-pages")
                    || m.contains("maxpages")) {
                return ErrorClass.PAGE_LIMIT;
            }
            if (m.contains("empty file") || m.contains("zero-byte") || m.contains("0 bytes") || m.equals("empty")) {
                return ErrorClass.EMPTY_FILE;
            }
            if (m.contains("truncat") || m.contains("unexpected end") || m.contains("premature end")
                    || m.contains("end of file")) {
                return ErrorClass.TRUNCATED;
            }
            if (m.contains("pixel") || m.contains("too large")) {
                return ErrorClass.TOO_LARGE;
            }
            if (m.contains("timed out") || m.contains("timeout")) {
                return ErrorClass.TIMEOUT;
            }
            if (m.contains("corrupt") || m.contains("damaged") || m.contains("malformed")) {
                return ErrorClass.CORRUPT;
            }
        }
        return null;
    }

    private static ErrorClass fallback(Throwable t) {
        if (t instanceof ExtractionException) {
            return ErrorClass.EXTRACTION_FAILED;
        }
        if (t instanceof ConversionException) {
            return ErrorClass.CONVERSION_FAILED;
        }
        if (t instanceof IOException) {
            return ErrorClass.UNREADABLE;
        }
        return ErrorClass.CRASH;
    }

    /** The thrown message, with the exception's name for crashes, where a bug report needs it. */
    private static String detail(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage().strip();
        if (t instanceof ConversionException) {
            return m;
        }
        if (t instanceof IOException) {
            return t.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
        }
        String where = "";
        StackTraceElement[] trace = t.getStackTrace();
        if (trace.length > 0) {
            where = " at " + trace[0];
        }
        return t.getClass().getName() + (m.isEmpty() ? "" : ": " + m) + where;
    }
}
