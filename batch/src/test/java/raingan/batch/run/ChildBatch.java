package raingan.batch.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.OcrPolicy;

/**
 * A batch in a JVM of its own, for the test that kills one: {@code ChildBatch IN OUT JSONL}
 * converts IN into OUT on two workers without OCR, with JSON Lines, printing progress lines.
 * Exits with the run's status.
 */
final class ChildBatch {

    private ChildBatch() {
    }

    public static void main(String[] args) throws IOException {
        BatchOptions options = BatchOptions.of(List.of(Path.of(args[0])), Path.of(args[1]))
                .withThreads(2)
                .withProgress(ProgressMode.LINES)
                .withJsonl(Path.of(args[2]))
                .withExtraction(ExtractionSettings.defaults().withOcr(OcrPolicy.NEVER));
        // exit() also ends a worker abandoned after a timeout that is still stuck.
        System.exit(new BatchRunner(options).run().exitCode());
    }
}
