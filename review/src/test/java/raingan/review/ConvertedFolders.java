package raingan.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import raingan.batch.run.BatchOptions;
import raingan.batch.run.BatchRunner;
import raingan.batch.run.ProgressMode;
import raingan.batch.run.RunSummary;

/** Converts a folder as {@code raingan convert IN --out OUT} does, for the report to review. */
final class ConvertedFolders {

    private ConvertedFolders() {
    }

    static RunSummary convert(Path in, Path out) throws IOException {
        return new BatchRunner(BatchOptions.of(List.of(in), out).withThreads(2).withProgress(ProgressMode.QUIET)).run();
    }
}
