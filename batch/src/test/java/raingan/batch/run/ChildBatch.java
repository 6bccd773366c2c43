package raingan.batch.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import raingan.batch.walk.LinkPolicy;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.OcrPolicy;

/**
 * A batch in a JVM of its own, for the tests that kill one, starve it of disk or bound its heap:
 * {@code ChildBatch IN OUT JSONL [OPTION...]} converts IN into OUT on two workers without OCR,
 * with JSON Lines, printing progress lines. Options: {@code follow-links}, {@code ocr} (OCR as
 * by default), {@code threads=N}, {@code timeout=SECONDS}, {@code max-pages=N}. Exits with the
 * run's status, or 3 with the message when the run stopped on a write error.
 */
final class ChildBatch {

    static final int STOPPED = 3;

    private ChildBatch() {
    }

    public static void main(String[] args) throws IOException {
        BatchOptions options = BatchOptions.of(List.of(Path.of(args[0])), Path.of(args[1]))
                .withThreads(2)
                .withProgress(ProgressMode.LINES)
                .withJsonl(Path.of(args[2]))
                .withExtraction(ExtractionSettings.defaults().withOcr(OcrPolicy.NEVER));
        for (int i = 3; i < args.length; i++) {
            String[] option = args[i].split("=", 2);
            options = switch (option[0]) {
                case "follow-links" -> options.withLinks(LinkPolicy.FOLLOW);
                case "ocr" -> options.withExtraction(ExtractionSettings.defaults());
                case "threads" -> options.withThreads(Integer.parseInt(option[1]));
                case "timeout" -> options.withTimeout(Duration.ofSeconds(Long.parseLong(option[1])));
                case "max-pages" -> options.withMaxPages(Integer.parseInt(option[1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            };
        }
        int status;
        try {
            status = new BatchRunner(options).run().exitCode();
        } catch (OutputWriteException e) {
            System.out.println("stopped: " + e.getMessage());
            status = STOPPED;
        }
        // exit() also ends a worker abandoned after a timeout that is still stuck.
        System.exit(status);
    }

    /**
     * The command line that runs this class in a JVM of this test's class path with at most
     * {@code heap} of heap ({@code 256m}), then the batch's arguments.
     */
    static List<String> command(String heap, String... args) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heap, "-XX:-UsePerfData", "-cp",
                classpath, ChildBatch.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
