package raingan.beam;

import java.io.Serializable;
import java.nio.file.Path;
import raingan.ingest.extract.ArchiveLimits;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.OcrPolicy;

/**
 * The extraction settings in a form Beam can ship to its workers with the pipeline (a path is not
 * serialisable); each worker makes its converters from {@link #extraction()}.
 */
final class ConversionSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OcrPolicy ocr;
    private final int dpi;
    private final String languages;
    private final int maxPages;
    private final long maxImagePixels;
    /** Null: found on the worker, as on any machine. */
    private final String tessdata;
    private final long maxInflatedBytes;
    private final int maxRatio;
    private final int maxParts;

    ConversionSettings(ExtractionSettings s) {
        this.ocr = s.ocr();
        this.dpi = s.dpi();
        this.languages = s.languages();
        this.maxPages = s.maxPages();
        this.maxImagePixels = s.maxImagePixels();
        this.tessdata = s.tessdata() == null ? null : s.tessdata().toString();
        this.maxInflatedBytes = s.archive().maxInflatedBytes();
        this.maxRatio = s.archive().maxRatio();
        this.maxParts = s.archive().maxParts();
    }

    ExtractionSettings extraction() {
        return new ExtractionSettings(ocr, dpi, languages, maxPages, maxImagePixels,
                tessdata == null ? null : Path.of(tessdata), new ArchiveLimits(maxInflatedBytes, maxRatio, maxParts));
    }
}
