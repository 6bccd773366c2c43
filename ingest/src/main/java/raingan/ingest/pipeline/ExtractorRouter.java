package raingan.ingest.pipeline;

import java.util.EnumMap;
import java.util.Map;
import raingan.ingest.detect.Detection;
import raingan.ingest.detect.DocumentFormat;
import raingan.ingest.detect.UnsupportedFormatException;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.Extractor;
import raingan.ingest.extract.ocr.ImageExtractor;
import raingan.ingest.extract.ocr.PageReader;
import raingan.ingest.extract.office.TikaOfficeExtractor;
import raingan.ingest.extract.pdf.PdfExtractor;
import raingan.ingest.extract.pdf.TextLayerQuality;
import raingan.ingest.extract.text.PlainTextExtractor;
import raingan.ingest.source.SourceDocument;

/**
 * Sends each document to the extractor of its detected {@link DocumentFormat}: plain text, PDF
 * (text layer or OCR per page), image (OCR), office and HTML (Tika). Owns the extractors and
 * the one OCR engine they share; each is created on first use, so a worker that never meets a
 * scan never loads Tesseract. One instance per worker thread; close it when the worker ends.
 */
public final class ExtractorRouter implements AutoCloseable {

    private final ExtractionSettings settings;
    private final PageReader ocr;
    private final Map<DocumentFormat, Extractor> extractors = new EnumMap<>(DocumentFormat.class);

    public ExtractorRouter(ExtractionSettings settings) {
        this.settings = settings;
        this.ocr = new PageReader(settings);
    }

    /**
     * @param doc       read by the input side ({@link raingan.ingest.source.SourceFiles#read}): it is not empty
     * @param detection what the detector found the document to be
     * @throws UnsupportedFormatException if the detected type is not one raingan reads
     * @throws ExtractionException        (or a subtype) if the document cannot be read; the message says why
     */
    public ExtractedText extract(SourceDocument doc, Detection detection)
            throws UnsupportedFormatException, ExtractionException {
        if (detection.format() == DocumentFormat.UNKNOWN) {
            throw new UnsupportedFormatException(detection.mediaType());
        }
        return extractors.computeIfAbsent(detection.format(), this::create).extract(doc, detection);
    }

    private Extractor create(DocumentFormat format) {
        return switch (format) {
            case TEXT -> new PlainTextExtractor();
            case PDF -> new PdfExtractor(settings, new TextLayerQuality(), ocr);
            case IMAGE -> new ImageExtractor(settings, ocr);
            case OFFICE -> new TikaOfficeExtractor(settings.archive());
            case UNKNOWN -> throw new IllegalArgumentException("no extractor reads " + format);
        };
    }

    /** Releases the OCR engine, if one was started. */
    @Override
    public void close() {
        ocr.close();
    }
}
