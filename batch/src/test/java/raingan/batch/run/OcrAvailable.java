package raingan.batch.run;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import raingan.ingest.extract.ocr.OcrUnavailableException;
import raingan.ingest.extract.ocr.Tessdata;

/** For the tests that OCR: where Tesseract's Thai data is missing they are skipped, except on CI. */
public final class OcrAvailable {

    private OcrAvailable() {
    }

    /** Skips the test where Tesseract's Thai data is missing, except on CI, where that is a broken CI and fails. */
    public static void assume() {
        try {
            Tessdata.locate(null, System.getenv("TESSDATA_PREFIX"), "tha+eng");
        } catch (OcrUnavailableException e) {
            assumeTrue("true".equalsIgnoreCase(System.getenv("CI")), "Tesseract with tha+eng is not installed"
                    + " (scripts/install-os-deps)");
        }
    }
}
