package raingan.ingest.detect;

import java.io.IOException;
import java.nio.file.Path;

/** Tells what a file is by its content, not its name. Never returns null. */
public interface FormatDetector {
    Detection detect(Path file) throws IOException;
}
