package raingan.ingest.extract;

import java.nio.file.Path;

/**
 * How documents are read. Validated on construction.
 *
 * @param ocr             when to OCR pages that have a text layer
 * @param dpi             render resolution for OCR of PDF pages
 * @param languages       Tesseract languages, by default Debian's {@code tha+eng}; {@code raingan_tha+eng}
 *                        reads with raingan's bundled Thai model, more accurate and a third slower
 *                        (ocr-model/README.md)
 * @param maxPages        a document with more pages fails instead of being read
 * @param maxImagePixels  an image (or rendered page) larger than this fails instead of being decoded
 * @param tessdata        Tesseract's tessdata folder; null to find it (TESSDATA_PREFIX, Debian's paths)
 * @param archive         how far a DOCX or ODT may inflate before it is refused as a zip bomb
 */
public record ExtractionSettings(OcrPolicy ocr, int dpi, String languages, int maxPages,
                                 long maxImagePixels, Path tessdata, ArchiveLimits archive) {

    public ExtractionSettings {
        if (ocr == null) {
            throw new IllegalArgumentException("ocr policy is required");
        }
        if (dpi < 72 || dpi > 600) {
            throw new IllegalArgumentException("dpi must be 72..600, was " + dpi);
        }
        if (languages == null || languages.isBlank()) {
            throw new IllegalArgumentException("OCR languages are required, e.g. tha+eng");
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
        }
        if (maxImagePixels < 1) {
            throw new IllegalArgumentException("maxImagePixels must be positive");
        }
        if (archive == null) {
            throw new IllegalArgumentException("archive limits are required");
        }
    }

    public static ExtractionSettings defaults() {
        return new ExtractionSettings(OcrPolicy.AUTO, 300, "tha+eng", 500, 100_000_000L, null,
                ArchiveLimits.DEFAULTS);
    }

    public ExtractionSettings withOcr(OcrPolicy policy) {
        return new ExtractionSettings(policy, dpi, languages, maxPages, maxImagePixels, tessdata, archive);
    }

    public ExtractionSettings withLanguages(String tesseractLanguages) {
        return new ExtractionSettings(ocr, dpi, tesseractLanguages, maxPages, maxImagePixels, tessdata, archive);
    }

    public ExtractionSettings withMaxPages(int pages) {
        return new ExtractionSettings(ocr, dpi, languages, pages, maxImagePixels, tessdata, archive);
    }

    public ExtractionSettings withArchive(ArchiveLimits limits) {
        return new ExtractionSettings(ocr, dpi, languages, maxPages, maxImagePixels, tessdata, limits);
    }
}
