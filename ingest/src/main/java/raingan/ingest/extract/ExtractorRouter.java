package raingan.ingest.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import raingan.ingest.ConversionException;
import raingan.ingest.detect.Detection;
import raingan.ingest.detect.DocumentFormat;
import raingan.ingest.detect.UnsupportedFormatException;
import raingan.ingest.pipeline.SourceDocument;

/**
 * Sends each document to the extractor of its family. Owns the extractors (and so the
 * OCR engine): one instance per worker thread; close it when the worker ends.
 *
 * <p>PLACEHOLDER: reads UTF-8 text only, until the PDF/OCR/office extractors land.
 */
public final class ExtractorRouter implements AutoCloseable {

    private final ExtractionSettings settings;

    public ExtractorRouter(ExtractionSettings settings) {
        this.settings = settings;
    }

    public ExtractedText extract(SourceDocument doc, Detection detection) throws ConversionException {
        if (detection.format() != DocumentFormat.TEXT) {
            throw new UnsupportedFormatException(detection.mediaType());
        }
        try {
            String text = Files.readString(doc.path(), StandardCharsets.UTF_8);
            return new ExtractedText(detection.mediaType(), List.of(new PageText(1, text, "text", null, null)));
        } catch (IOException e) {
            throw new ExtractionException("cannot read: " + e.getMessage(), e);
        }
    }

    public ExtractionSettings settings() {
        return settings;
    }

    @Override
    public void close() {
    }
}
