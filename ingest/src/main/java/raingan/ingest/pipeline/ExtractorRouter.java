package raingan.ingest.pipeline;

import raingan.ingest.ConversionException;
import raingan.ingest.detect.Detection;
import raingan.ingest.detect.UnsupportedFormatException;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.SourceFiles;
import raingan.ingest.extract.ocr.ImageExtractor;
import raingan.ingest.extract.ocr.PageReader;
import raingan.ingest.extract.office.TikaOfficeExtractor;
import raingan.ingest.extract.pdf.PdfExtractor;
import raingan.ingest.extract.pdf.TextLayerQuality;
import raingan.ingest.extract.text.PlainTextExtractor;
import raingan.ingest.source.SourceDocument;

/**
 * Sends each document to the extractor of its family: plain text, PDF (text layer or OCR per
 * page), image (OCR), office and HTML (Tika). Owns the extractors and the one OCR engine they
 * share; each is created on first use, so a worker that never meets a scan never loads
 * Tesseract. One instance per worker thread; close it when the worker ends.
 */
public final class ExtractorRouter implements AutoCloseable {

    private final ExtractionSettings settings;
    private final PageReader ocr;
    private PlainTextExtractor text;
    private PdfExtractor pdf;
    private ImageExtractor image;
    private TikaOfficeExtractor office;

    public ExtractorRouter(ExtractionSettings settings) {
        this.settings = settings;
        this.ocr = new PageReader(settings);
    }

    /**
     * @throws UnsupportedFormatException if the detected type is not one raingan reads
     * @throws EmptyFileException         if the file has no bytes
     * @throws ExtractionException        (or a subtype) if the document cannot be read; the message says why
     */
    public ExtractedText extract(SourceDocument doc, Detection detection) throws ConversionException {
        SourceFiles.requireContent(doc.path());
        return switch (detection.format()) {
            case TEXT -> textExtractor().extract(doc);
            case PDF -> pdfExtractor().extract(doc);
            case IMAGE -> imageExtractor().extract(doc);
            case OFFICE -> officeExtractor().extract(doc, detection.mediaType());
            case UNKNOWN -> throw new UnsupportedFormatException(detection.mediaType());
        };
    }

    public ExtractionSettings settings() {
        return settings;
    }

    private PlainTextExtractor textExtractor() {
        if (text == null) {
            text = new PlainTextExtractor();
        }
        return text;
    }

    private PdfExtractor pdfExtractor() {
        if (pdf == null) {
            pdf = new PdfExtractor(settings, new TextLayerQuality(), ocr);
        }
        return pdf;
    }

    private ImageExtractor imageExtractor() {
        if (image == null) {
            image = new ImageExtractor(settings, ocr);
        }
        return image;
    }

    private TikaOfficeExtractor officeExtractor() {
        if (office == null) {
            office = new TikaOfficeExtractor();
        }
        return office;
    }

    /** Releases the OCR engine, if one was started. */
    @Override
    public void close() {
        ocr.close();
    }
}
