package raingan.review;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to review and where to write the report.
 *
 * @param outDir    the folder {@code raingan convert --out} wrote: its manifest and records
 * @param inputDir  the folder that was converted, where the documents themselves lie (for their page
 *                  images); null for a report of the records alone
 * @param reportDir where to write the report (created if missing)
 * @param threads   documents rendered at once, at least 1
 * @param dpi       the resolution of the page images, 36..300
 */
public record ReviewOptions(Path outDir, Path inputDir, Path reportDir, int threads, int dpi) {

    public static final int DEFAULT_DPI = 100;

    public ReviewOptions {
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(reportDir, "reportDir");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (dpi < 36 || dpi > 300) {
            throw new IllegalArgumentException("dpi must be 36..300, was " + dpi);
        }
    }
}
