package raingan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import raingan.batch.run.BatchOptions;
import raingan.batch.run.RunSummary;
import raingan.beam.ConversionPipeline;
import raingan.beam.JobOptions;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.write.AtomicFiles;
import raingan.model.RecordJson;

@Command(name = "beam",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Converts files as an Apache Beam job: on this machine (the DirectRunner, the default) or on a Flink or Spark cluster, with the same reading, parsing and audit as convert.",
            "",
            "Writes PREFIXrecords-SSSSS-of-NNNNN.jsonl (one record per line, as convert --jsonl writes them), PREFIXfindings-….jsonl (one line per finding, as OUT/findings.jsonl) and PREFIXfailures-….jsonl: the dead letters, one manifest line (as in OUT/manifest.jsonl) for each input that gave no record, failed, unsupported or skipped. Lines come in no particular order. No input's failure fails the job.",
            "",
            "Options this command does not know go to Beam: --runner=DirectRunner|FlinkRunner|SparkRunner, --targetParallelism=N (the DirectRunner's workers; default: the number of cores, at least 3), --spread=N (groups the inputs are spread over; default 4 per core, give 4 per worker on a cluster), and the runner's own (--flinkMaster=…, --sparkMaster=…). Flink and Spark need a build with -Pflink or -Pspark: see README.md.",
            "",
            "Each worker owns one converter and one OCR engine, as convert's workers do; Tesseract's own threads must be off (OMP_THREAD_LIMIT=1): the launcher sets it here, a cluster's workers need it in their environment.",
            ""},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:the job finished and every input is ok, skipped or unsupported",
            "1:bad usage, or the job could not run or did not finish",
            "2:the job finished and some inputs failed (see PREFIXfailures-*.jsonl)"})
final class BeamCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "GLOB",
            description = "A file, a folder (everything under it, as convert DIR), or a glob below a folder: '/data/2563/**', '/data/*/*.pdf'. Quote it so the shell leaves it alone. On a cluster, a path every worker mounts.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "PREFIX",
            description = "Where the JSON Lines shards go: out/2563/ writes out/2563/records-….jsonl.")
    String output;

    @Mixin
    ReadingOptions reading;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = ConvertCommand.DurationConverter.class,
            description = "Give up on one file after this long (600, 90s, 10m, PT10M). Default: 10m.")
    Duration timeout = BatchOptions.DEFAULT_TIMEOUT;

    @Option(names = "--max-pages", paramLabel = "N", description = "Fail a document with more pages than this. Default: 500.")
    Integer maxPages;

    @Option(names = "--summary", paramLabel = "FILE", description = "Write the job's summary (counts by status, pages, pages/s) as JSON.")
    Path summary;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Unmatched
    List<String> beamOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ExtractionSettings settings = reading.settings();
        if (maxPages != null) {
            settings = settings.withMaxPages(maxPages);
        }
        RunSummary result = new ConversionPipeline(input, output, settings, timeout).run(JobOptions.parse(beamOptions));
        PrintWriter err = spec.commandLine().getErr();
        if (!quiet) {
            err.println(result.line("raingan beam"));
        }
        if (summary != null) {
            AtomicFiles.write(summary, new RecordJson().line(result) + "\n");
        }
        return result.exitCode();
    }
}
