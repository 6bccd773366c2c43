package raingan.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;
import raingan.ingest.ErrorClass;
import raingan.ingest.extract.EncryptedDocumentException;
import raingan.ingest.source.EmptyFileException;

class FailuresTest {

    @Test
    void aConversionFailureSaysWhatHappenedThenWhatToDo() {
        assertEquals("the PDF needs a password. " + ErrorClass.ENCRYPTED.advice(),
                Failures.message(ErrorClass.ENCRYPTED, new EncryptedDocumentException("the PDF needs a password")));
    }

    @Test
    void anEmptyFileIsTheAdviceAlone() {
        assertEquals(ErrorClass.EMPTY_FILE.advice(),
                Failures.message(ErrorClass.EMPTY_FILE, new EmptyFileException("the file is empty (0 bytes)")));
    }

    @Test
    void anIoErrorNamesItsKind() {
        assertEquals("AccessDeniedException: /archive/a.pdf. " + ErrorClass.UNREADABLE.advice(),
                Failures.message(ErrorClass.UNREADABLE, new AccessDeniedException("/archive/a.pdf")));
    }

    @Test
    void aCrashNamesTheExceptionAndWhereItWasThrownForTheBugReport() {
        String m = Failures.message(ErrorClass.CRASH, new IllegalStateException("bad state"));
        assertTrue(m.startsWith("java.lang.IllegalStateException: bad state at raingan.batch.run.FailuresTest."), m);
        assertTrue(m.endsWith(ErrorClass.CRASH.advice()), m);
    }
}
