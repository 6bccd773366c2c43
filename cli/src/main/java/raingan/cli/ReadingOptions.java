package raingan.cli;

import java.util.Locale;
import picocli.CommandLine.Option;
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

    ExtractionSettings settings() {
        ExtractionSettings settings = ExtractionSettings.defaults().withOcr(ocrPolicy(ocr));
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
