package raingan.ingest.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import raingan.ingest.detect.Detection;
import raingan.ingest.detect.TikaFormatDetector;
import raingan.ingest.parse.EditDistance;
import raingan.ingest.extract.ocr.OcrUnavailableException;
import raingan.ingest.extract.ocr.Tessdata;
import raingan.ingest.source.SourceDocument;

/** The rendered test documents of {@code src/test/resources/fixtures} and how to score text against them. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name + ": run fixtures/make-fixtures.sh");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SourceDocument doc(String name) {
        return SourceDocument.of(path(name));
    }

    /** What the pipeline's detector makes of a file, as the router gives it to an extractor. */
    public static Detection detection(Path file) {
        try {
            return new TikaFormatDetector().detect(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture read by {@code extractor} as the pipeline would give it: with its detection. */
    public static ExtractedText read(Extractor extractor, String fixture) throws ExtractionException {
        return read(extractor, path(fixture));
    }

    public static ExtractedText read(Extractor extractor, Path file) throws ExtractionException {
        return extractor.extract(SourceDocument.of(file), detection(file));
    }

    /** The text printed on page 1 or 2 of the report. */
    public static String expectedPage(int page) {
        try {
            return Files.readString(path("page" + page + ".expected.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String expectedDocument() {
        return expectedPage(1) + "\n" + expectedPage(2);
    }

    /**
     * Character error rate of {@code actual} against {@code expected}: edit distance over the
     * expected length, white space removed. Tesseract's ํา is read as ำ and Thai digits as
     * Arabic ones, as the normaliser does downstream.
     */
    public static double cer(String expected, String actual) {
        String a = comparable(expected);
        return (double) EditDistance.between(a, comparable(actual)) / Math.max(1, a.length());
    }

    private static String comparable(String text) {
        StringBuilder sb = new StringBuilder();
        String folded = text.replace("\u0E4D\u0E32", "\u0E33");
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= '\u0E50' && c <= '\u0E59') {
                sb.append((char) ('0' + (c - '\u0E50')));
            } else if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Skips an OCR test where Tesseract is not installed, except on CI ({@code CI=true}),
     * where the test runs and fails: a CI without OCR is a broken CI.
     */
    public static void assumeOcrOrCi() {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return;
        }
        boolean available;
        try {
            Tessdata.locate(null, System.getenv("TESSDATA_PREFIX"), "tha+eng");
            available = true;
        } catch (OcrUnavailableException e) {
            available = false;
        }
        if (available) {
            // Installed but unusable (a binding that fails to load) must fail, never skip quietly.
            net.sourceforge.tess4j.TessAPI.INSTANCE.TessVersion();
        }
        assumeTrue(available, "Tesseract with tha+eng is not installed (scripts/install-os-deps)");
    }
}
