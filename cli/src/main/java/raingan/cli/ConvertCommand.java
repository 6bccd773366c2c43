package raingan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import raingan.batch.run.BatchOptions;
import raingan.batch.run.BatchRunner;
import raingan.batch.run.OutputWriteException;
import raingan.batch.run.ProgressMode;
import raingan.batch.run.RunSummary;
import raingan.batch.walk.LinkPolicy;
import raingan.warehouse.LoadSummary;
import raingan.warehouse.Rejection;
import raingan.warehouse.WarehouseSink;
import raingan.warehouse.WarehouseTarget;

@Command(name = "convert",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Converts report files, or whole archives of them, into JSON records.",
            "",
            "Each input X becomes OUT/<path of X relative to the folder given>.json (a/b.pdf under the folder given → OUT/a/b.pdf.json; a file given directly → OUT/<name>.json).",
            "",
            "OUT/manifest.jsonl gets one line per input (status ok, failed, skipped or unsupported, and for failures the cause); OUT/findings.jsonl one line per finding. A run that stops (crash, Ctrl-C, kill) is resumed by running the same command again: inputs whose record is up to date are not converted twice.",
            ""},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:every input is ok, skipped or unsupported",
            "1:bad usage, or the run could not start",
            "2:some inputs failed (the run still completed; see OUT/manifest.jsonl), --db's warehouse rejected some records, or the run stopped because OUT could not be written (a full disk): run the same command again to finish"})
final class ConvertCommand implements Callable<Integer> {

    /** The exit status of a run stopped by a write error: as for failed inputs, the batch is not done. */
    private static final int STOPPED = 2;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files, or folders to convert everything under.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the records and the manifest.")
    Path out;

    @Mixin
    ReadingOptions reading;

    @Option(names = "--threads", paramLabel = "N", description = "Files converted at once. Default: the number of cores.")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up on one file after this long (600, 90s, 10m, PT10M). Default: 10m.")
    Duration timeout;

    @Option(names = "--max-pages", paramLabel = "N", description = "Fail a document with more pages than this. Default: 500.")
    Integer maxPages;

    @Option(names = "--follow-links",
            description = "Follow symbolic links that point outside the folders given. By default they are skipped (and listed in the manifest), so that a link in an archive cannot make raingan read files elsewhere.")
    boolean followLinks;

    @Option(names = "--resume", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Skip inputs whose record in OUT is up to date (same sha256). On by default; --no-resume redoes everything.")
    boolean resume;

    @Option(names = "--jsonl", paramLabel = "FILE",
            description = "Also write every record as one line of JSON Lines (same schema), in path order, for warehouse loaders.")
    Path jsonl;

    @Option(names = "--summary", paramLabel = "FILE", description = "Write the run's summary (counts by status, pages, pages/s) as JSON.")
    Path summary;

    @Option(names = "--db", arity = "0..1", fallbackValue = "", paramLabel = "DB",
            description = "Also load each record into a warehouse as it is written, as raingan load does: "
                    + WarehouseOption.DESCRIPTION + ". --db alone: duckdb:raingan.duckdb in OUT.")
    String db;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "auto|bar|lines|quiet",
            description = "A live bar on a terminal, periodic lines otherwise (auto), or one of them. Default: ${DEFAULT-VALUE}.")
    String progress;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors and the summary line.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        BatchOptions options = BatchOptions.of(inputs, out)
                .withResume(resume)
                .withJsonl(jsonl)
                .withSummaryFile(summary)
                .withProgress(quiet ? ProgressMode.QUIET : ProgressMode.valueOf(progress.toUpperCase(Locale.ROOT)))
                .withExtraction(reading.settings())
                .withLinks(followLinks ? LinkPolicy.FOLLOW : LinkPolicy.STAY_INSIDE);
        if (threads != null) {
            options = options.withThreads(threads);
        }
        if (timeout != null) {
            options = options.withTimeout(timeout);
        }
        if (maxPages != null) {
            options = options.withMaxPages(maxPages);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (db == null) {
            try {
                return new BatchRunner(options).run().exitCode();
            } catch (OutputWriteException e) {
                err.println("raingan convert: " + e.getMessage());
                return STOPPED;
            }
        }
        WarehouseSink warehouse = WarehouseSink.open(WarehouseOption.target(db, WarehouseTarget.in(out)));
        RunSummary result;
        try {
            result = new BatchRunner(options, warehouse).run();
        } catch (OutputWriteException e) {
            err.println("raingan convert: " + e.getMessage());
            return STOPPED;
        } finally {
            warehouse.close();
        }
        LoadSummary loaded = warehouse.summary();
        for (Rejection r : loaded.rejected()) {
            err.println("raingan convert: not loaded into the warehouse: " + r.location() + ": " + r.reason());
        }
        if (!quiet) {
            err.println("raingan convert: " + loaded.line());
        }
        return Math.max(result.exitCode(), loaded.exitCode());
    }

    /** Seconds ({@code 600}), with a unit ({@code 500ms}, {@code 90s}, {@code 10m}, {@code 2h}), or ISO-8601 ({@code PT10M}). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String s = value.trim().toLowerCase(Locale.ROOT);
            try {
                if (s.startsWith("pt")) {
                    return Duration.parse(s.toUpperCase(Locale.ROOT));
                }
                if (s.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
                }
                char unit = s.charAt(s.length() - 1);
                long n = Long.parseLong(Character.isDigit(unit) ? s : s.substring(0, s.length() - 1));
                return switch (unit) {
                    case 'h' -> Duration.ofHours(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 's' -> Duration.ofSeconds(n);
                    default -> {
                        if (!Character.isDigit(unit)) {
                            throw new NumberFormatException(value);
                        }
                        yield Duration.ofSeconds(n);
                    }
                };
            } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(
                        "--timeout needs a duration such as 600, 90s, 10m or PT10M, was " + value);
            }
        }
    }
}
