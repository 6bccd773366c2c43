package raingan.ingest.detect;

import java.io.IOException;
import java.nio.file.Path;

/** PLACEHOLDER until the Tika-based detector lands: everything is text. */
public final class TikaFormatDetector implements FormatDetector {
    @Override
    public Detection detect(Path file) throws IOException {
        return new Detection(DocumentFormat.TEXT, "text/plain");
    }
}
