package raingan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import raingan.ingest.ConversionException;
import raingan.ingest.eval.RecordScore;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.pipeline.Converter;
import raingan.ingest.source.SourceDocument;
import raingan.ingest.write.JsonFileSink;
import raingan.ingest.write.RecordSink;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Measures accuracy against ground-truth records.",
            "",
            "Converts every document under DOCS_DIR and scores it against its ground truth TRUTH_DIR/<id>.json (a document <id>.<ext> in any subfolder of DOCS_DIR). Reports, per subfolder (format): fields exact, text similarity (1 - CER), date accuracy, findings recall and precision — the measures of shared/tools/score-record."})
final class EvalCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TRUTH_DIR", description = "Ground-truth records, <id>.json.")
    Path truthDir;

    @Parameters(index = "1", paramLabel = "DOCS_DIR", description = "Documents, grouped by format in subfolders.")
    Path docsDir;

    @Option(names = "--threads", paramLabel = "N", description = "Workers (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ReadingOptions reading;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write each record to DIR/<format>/<file>.json.")
    Path out;

    @Option(names = "--min-exact", paramLabel = "F", description = "Exit 1 when a format's exact-field share is below F (0..1).")
    Double minExact;

    @Option(names = "--verbose", description = "List each document's score.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private record Scored(String format, String name, RecordScore score, String error) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter outw = spec.commandLine().getOut();
        RecordJson json = new RecordJson();
        RecordSink records = out == null ? null : new JsonFileSink(out, json);
        List<Path> notEntered = out == null ? List.of(truthDir) : List.of(truthDir, out);
        List<SourceDocument> docs = new Documents("eval", spec.commandLine().getErr())
                .find(List.of(docsDir), notEntered).documents();
        if (docs.isEmpty()) {
            throw new IOException(docsDir + ": no documents");
        }
        ExtractionSettings settings = reading.settings();
        int workers = Math.max(1, Math.min(threads, docs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<List<Scored>>> parts = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int first = w;
            parts.add(pool.submit(() -> {
                List<Scored> scored = new ArrayList<>();
                try (Converter converter = new Converter(settings)) {
                    for (int i = first; i < docs.size(); i += workers) {
                        scored.add(score(converter, json, records, docs.get(i)));
                    }
                }
                return scored;
            }));
        }
        Map<String, RecordScore> byFormat = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> failures = new TreeMap<>();
        try {
            for (Future<List<Scored>> part : parts) {
                for (Scored s : part.get()) {
                    byFormat.merge(s.format(), s.score(), RecordScore::plus);
                    counts.merge(s.format(), 1, Integer::sum);
                    if (s.error() != null) {
                        failures.merge(s.format(), 1, Integer::sum);
                        spec.commandLine().getErr().println("raingan eval: " + s.name() + ": " + s.error());
                    } else if (verbose) {
                        outw.printf("%-40s fields %d/%d%n", s.name(), s.score().fieldsOk(), s.score().fields());
                    }
                }
            }
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        outw.printf("%-10s %5s %6s %14s %10s %8s %8s %9s%n", "format", "docs", "failed", "fields exact", "text sim",
                "dates", "recall", "precision");
        RecordScore total = RecordScore.ZERO;
        boolean below = false;
        for (Map.Entry<String, RecordScore> e : byFormat.entrySet()) {
            RecordScore s = e.getValue();
            total = total.plus(s);
            below |= minExact != null && s.exactShare() < minExact;
            row(outw, e.getKey(), counts.get(e.getKey()), failures.getOrDefault(e.getKey(), 0), s);
        }
        row(outw, "all", docs.size(), failures.values().stream().mapToInt(Integer::intValue).sum(), total);
        outw.flush();
        return below ? 1 : 0;
    }

    private static void row(PrintWriter w, String format, int docs, int failed, RecordScore s) {
        w.printf("%-10s %5d %6d %7.1f%% %6s %10.4f %7.1f%% %8.2f %9.2f%n", format, docs, failed, 100 * s.exactShare(),
                "(" + s.fieldsOk() + ")", s.textSimilarity(), 100 * s.dateAccuracy(), s.findingsRecall(), s.findingsPrecision());
    }

    /** A document {@code FORMAT/ID.EXT} (or {@code ID.EXT}) against {@code TRUTH_DIR/ID.json}. */
    private Scored score(Converter converter, RecordJson json, RecordSink records, SourceDocument doc)
            throws IOException {
        int slash = doc.name().indexOf('/');
        String format = slash > 0 ? doc.name().substring(0, slash) : "(root)";
        String file = doc.path().getFileName().toString();
        String id = file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
        Path truthFile = truthDir.resolve(id + ".json");
        if (!Files.exists(truthFile)) {
            throw new IOException(doc.path() + ": no ground truth " + truthFile);
        }
        JsonNode truth = json.mapper().readTree(truthFile.toFile());
        try {
            ReportRecord record = converter.convert(doc);
            if (records != null) {
                records.put(doc.name(), record);
            }
            return new Scored(format, doc.name(), RecordScore.of(truth, json.tree(record)), null);
        } catch (ConversionException | RuntimeException e) {
            return new Scored(format, doc.name(), RecordScore.of(truth, null),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
