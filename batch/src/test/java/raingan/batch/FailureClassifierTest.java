package raingan.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;
import raingan.ingest.ConversionException;
import raingan.ingest.extract.ExtractionException;

class FailureClassifierTest {

    /** Stand-ins for the subclasses the extraction stage adds, named as such classes are. */
    static final class EncryptedDocumentException extends ExtractionException {
        private static final long serialVersionUID = 1L;

        EncryptedDocumentException(String m) {
            super(m);
        }
    }

    static final class PageLimitException extends ExtractionException {
        private static final long serialVersionUID = 1L;

        PageLimitException(String m) {
            super(m);
        }
    }

    static final class EmptyFileException extends ExtractionException {
        private static final long serialVersionUID = 1L;

        EmptyFileException(String m) {
            super(m);
        }
    }

    static final class ImageTooLargeException extends ExtractionException {
        private static final long serialVersionUID = 1L;

        ImageTooLargeException(String m) {
            super(m);
        }
    }

    private static ErrorClass classOf(Throwable t) {
        return FailureClassifier.classify(t).errorClass();
    }

    @Test
    void extractionSubclassesAreNamedByTheirType() {
        assertEquals(ErrorClass.ENCRYPTED, classOf(new EncryptedDocumentException("PDF needs a password")));
        assertEquals(ErrorClass.PAGE_LIMIT, classOf(new PageLimitException("20000 pages, more than 500")));
        assertEquals(ErrorClass.EMPTY_FILE, classOf(new EmptyFileException("nothing in it")));
        assertEquals(ErrorClass.TOO_LARGE, classOf(new ImageTooLargeException("100000 x 100000")));
        assertEquals(ErrorClass.OCR_UNAVAILABLE, classOf(new raingan.ingest.extract.ocr.OcrUnavailableException(
                "Tesseract language data for eng not found: install the Debian packages tesseract-ocr-eng")));
    }

    @Test
    void plainExtractionExceptionsAreNamedByMessageOrCause() {
        assertEquals(ErrorClass.TRUNCATED, classOf(new ExtractionException("cannot read PDF",
                new EOFException("Unexpected end of ZLIB input stream"))));
        assertEquals(ErrorClass.ENCRYPTED, classOf(new ExtractionException("the PDF is encrypted")));
        assertEquals(ErrorClass.PAGE_LIMIT, classOf(new ExtractionException("20000 pages exceed the page limit of 500")));
        assertEquals(ErrorClass.CORRUPT, classOf(new ExtractionException("cannot read: Input length = 1",
                new MalformedInputException(1))));
        assertEquals(ErrorClass.UNREADABLE, classOf(new ExtractionException("cannot read",
                new AccessDeniedException("/archive/a.pdf"))));
        assertEquals(ErrorClass.EXTRACTION_FAILED, classOf(new ExtractionException("no text on any page")));
        assertEquals(ErrorClass.CONVERSION_FAILED, classOf(new ConversionException("parser gave up")));
    }

    @Test
    void errorsAndBugsAreTheirOwnClasses() {
        assertEquals(ErrorClass.OUT_OF_MEMORY, classOf(new OutOfMemoryError("Java heap space")));
        assertEquals(ErrorClass.CRASH, classOf(new StackOverflowError()));
        assertEquals(ErrorClass.CRASH, classOf(new NullPointerException()));
    }

    @Test
    void messagesSayWhatHappenedThenWhatToDo() {
        FailureClassifier.Failure f = FailureClassifier.classify(new EncryptedDocumentException("PDF needs a password"));
        assertEquals("PDF needs a password. " + ErrorClass.ENCRYPTED.advice(), f.message());
        FailureClassifier.Failure crash = FailureClassifier.classify(new IllegalStateException("bad state"));
        assertTrue(crash.message().startsWith("java.lang.IllegalStateException: bad state at "), crash.message());
        assertTrue(crash.message().endsWith(ErrorClass.CRASH.advice()));
    }
}
