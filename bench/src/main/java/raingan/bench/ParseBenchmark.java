package raingan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import raingan.ingest.audit.Auditor;
import raingan.ingest.normalise.ThaiTextNormaliser;
import raingan.ingest.parse.BmaProgressFormParser;
import raingan.ingest.parse.ParsedForm;
import raingan.ingest.parse.date.BuddhistDateParser;
import raingan.model.ReportRecord;

/**
 * The hot inner pieces on reports' text: normalise, parse, audit, and the date parser on every
 * printed style. Throughput per thread.
 *
 * <p>{@code texts} chooses the reports: {@code seed} is a real report bundled here (20 KB, the
 * form at its full length, with its Markdown debris); any other value is a folder of text
 * exports ({@code *.txt}, e.g. the corpus generator's {@code text/}), taken in turn, one a call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// The JIT takes about 12 s to settle on the parser (measured on 2 cores): warm up past that.
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    private static final String[] DATES = {"15/10/2562", "15/7/2563", "2019-10-01 00:00:00", "27 กุมภาพันธ์ 2563",
        "27 ก.พ. 63", "๒๗ ก.พ. ๒๕๖๓", "วันที่ 1 ตุลาคม พ.ศ. 2562", "31/2/2563"};

    @Param({"seed"})
    public String texts;

    private String[] rawTexts;
    private String[] normalisedTexts;
    private ReportRecord[] parsedRecords;
    private int next;
    private ThaiTextNormaliser normaliser;
    private BmaProgressFormParser parser;
    private BuddhistDateParser dates;
    private Auditor auditor;

    @Setup
    public void load() throws IOException {
        rawTexts = "seed".equals(texts) ? new String[] {seedReport()} : textExports(Path.of(texts));
        normaliser = new ThaiTextNormaliser();
        parser = new BmaProgressFormParser();
        dates = new BuddhistDateParser();
        auditor = Auditor.standard();
        normalisedTexts = new String[rawTexts.length];
        parsedRecords = new ReportRecord[rawTexts.length];
        for (int i = 0; i < rawTexts.length; i++) {
            normalisedTexts[i] = normaliser.normalise(rawTexts[i]);
            ParsedForm form = parser.parse(normalisedTexts[i]);
            parsedRecords[i] = new ReportRecord(1, form.form(), null, form.project(), form.reports(), form.findings());
        }
    }

    private static String seedReport() throws IOException {
        try (InputStream in = ParseBenchmark.class.getResourceAsStream("/raingan/bench/report.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String[] textExports(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no *.txt in " + folder + " (texts is 'seed' or a folder of text exports)");
        }
        return out.toArray(String[]::new);
    }

    /** The index of the report this call works on: each in turn. */
    private int nextIndex() {
        int i = next;
        next = i + 1 == rawTexts.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public String normalise() {
        return normaliser.normalise(rawTexts[nextIndex()]);
    }

    @Benchmark
    public ParsedForm parseForm() {
        return parser.parse(normalisedTexts[nextIndex()]);
    }

    @Benchmark
    public Object audit() {
        return auditor.audit(parsedRecords[nextIndex()]);
    }

    /** Records per second from extracted text: normalise, parse and audit, no I/O. */
    @Benchmark
    public Object textToRecord() {
        ParsedForm form = parser.parse(normaliser.normalise(rawTexts[nextIndex()]));
        ReportRecord r = new ReportRecord(1, form.form(), null, form.project(), form.reports(), form.findings());
        return auditor.audit(r);
    }

    /** Eight printed dates per invocation. */
    @Benchmark
    public int parseDates() {
        int ok = 0;
        for (String d : DATES) {
            ok += dates.parse(d).ok() ? 1 : 0;
        }
        return ok;
    }
}
