package raingan.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.OcrPolicy;

/**
 * A plain command line for the batch, for scripts and for tests that run a batch in a child
 * JVM; the user-facing command is the picocli CLI, which calls {@link BatchRunner} directly.
 *
 * <pre>
 * java -cp … raingan.batch.BatchMain INPUT… --out DIR [--threads N] [--timeout 600|10m|PT10M]
 *     [--max-pages N] [--no-resume] [--jsonl FILE] [--summary FILE]
 *     [--progress auto|bar|lines|quiet] [--ocr auto|always|never] [--ocr-lang LANGS]
 * </pre>
 *
 * Exit status: 0 all inputs ok/skipped/unsupported, 2 some failed, 1 the run could not
 * proceed (output not writable…), 64 bad arguments.
 */
public final class BatchMain {

    static final int EXIT_ERROR = 1;
    static final int EXIT_USAGE = 64;

    private BatchMain() {
    }

    public static void main(String[] args) {
        // exit() also ends any worker abandoned after a timeout that is still stuck.
        System.exit(run(args, System.err));
    }

    /** Runs a batch from arguments and returns the exit status; never calls System.exit. */
    static int run(String[] args, PrintStream err) {
        BatchOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("raingan batch: " + e.getMessage());
            err.println("usage: BatchMain INPUT... --out DIR [--threads N] [--timeout SECONDS|10m|PT10M]"
                    + " [--max-pages N] [--no-resume] [--jsonl FILE] [--summary FILE]"
                    + " [--progress auto|bar|lines|quiet] [--ocr auto|always|never] [--ocr-lang LANGS]");
            return EXIT_USAGE;
        }
        try {
            return new BatchRunner(options).run().exitCode();
        } catch (IOException e) {
            err.println("raingan batch: " + e);
            return EXIT_ERROR;
        }
    }

    /** @throws IllegalArgumentException naming the bad or missing argument */
    static BatchOptions parse(String[] args) {
        List<Path> inputs = new ArrayList<>();
        Path out = null;
        int threads = Runtime.getRuntime().availableProcessors();
        Duration timeout = BatchOptions.DEFAULT_TIMEOUT;
        int maxPages = BatchOptions.DEFAULT_MAX_PAGES;
        boolean resume = true;
        Path jsonl = null;
        Path summary = null;
        ProgressMode progress = ProgressMode.AUTO;
        ExtractionSettings extraction = ExtractionSettings.defaults();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--threads" -> threads = integer(value(args, ++i, a), a);
                case "--timeout" -> timeout = duration(value(args, ++i, a));
                case "--max-pages" -> maxPages = integer(value(args, ++i, a), a);
                case "--no-resume" -> resume = false;
                case "--resume" -> resume = true;
                case "--jsonl" -> jsonl = Path.of(value(args, ++i, a));
                case "--summary" -> summary = Path.of(value(args, ++i, a));
                case "--progress" -> progress = choice(ProgressMode.class, value(args, ++i, a), a);
                case "--ocr" -> extraction = extraction.withOcr(choice(OcrPolicy.class, value(args, ++i, a), a));
                case "--ocr-lang" -> extraction = extraction.withLanguages(value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(Path.of(a));
                }
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        return new BatchOptions(inputs, out, threads, timeout, maxPages, resume, jsonl, summary, progress,
                extraction);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int integer(String v, String option) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, was " + v);
        }
    }

    /** Seconds ({@code 600}), with a unit ({@code 500ms}, {@code 90s}, {@code 10m}, {@code 2h}), or ISO-8601. */
    public static Duration duration(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("pt")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            char unit = s.charAt(s.length() - 1);
            String number = Character.isDigit(unit) ? s : s.substring(0, s.length() - 1);
            long n = Long.parseLong(number);
            return switch (unit) {
                case 'h' -> Duration.ofHours(n);
                case 'm' -> Duration.ofMinutes(n);
                case 's' -> Duration.ofSeconds(n);
                default -> {
                    if (!Character.isDigit(unit)) {
                        throw new NumberFormatException(v);
                    }
                    yield Duration.ofSeconds(n);
                }
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("--timeout needs a duration such as 600, 90s, 10m or PT10M, was " + v);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String v, String option) {
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " must be one of "
                    + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT) + ", was " + v);
        }
    }
}
