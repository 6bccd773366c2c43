package raingan.cli;

import java.util.Locale;
import picocli.CommandLine.Option;
import raingan.ingest.extract.ArchiveLimits;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.OcrPolicy;

/** How documents are read, shared by every command that reads them so each parses the options the same way. */
final class ReadingOptions {

    @Option(names = "--ocr", defaultValue = "auto", paramLabel = "auto|always|never",
            description = "OCR pages without a usable text layer (auto), every page (always), or none (never). Default: ${DEFAULT-VALUE}.")
    String ocr;

    @Option(names = "--ocr-lang", paramLabel = "LANGS",
            description = "Tesseract languages, joined by '+'. Default: tha+eng (Debian's Thai model). "
                    + "raingan_tha+eng reads with raingan's bundled model: fewer errors, a third slower.")
    String languages;

    @Option(names = "--max-inflate", paramLabel = "SIZE|RATIOx", converter = InflateLimitsConverter.class,
            description = "How far a DOCX or ODT may inflate before it fails as ARCHIVE_BOMB: the most its parts "
                    + "may inflate to (512m, 1GiB), the most times its compressed size one part may (500x), or "
                    + "both (500x,1g). Default: 128m and 100x, far above any real document.")
    ArchiveLimits archive;

    ExtractionSettings settings() {
        ExtractionSettings settings = ExtractionSettings.defaults().withOcr(ocrPolicy(ocr));
        if (archive != null) {
            settings = settings.withArchive(archive);
        }
        return languages == null ? settings : settings.withLanguages(languages);
    }

    static OcrPolicy ocrPolicy(String value) {
        try {
            return OcrPolicy.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--ocr must be auto, always or never, not '" + value + "'");
        }
    }
}
