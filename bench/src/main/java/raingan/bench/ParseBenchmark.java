package raingan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
 * The hot inner pieces on a real report's text (a bundled sample, the form's full length):
 * normalise, parse, audit, and the date parser on every printed style. Throughput per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    private static final String[] DATES = {"15/10/2562", "15/7/2563", "2019-10-01 00:00:00", "27 กุมภาพันธ์ 2563",
        "27 ก.พ. 63", "๒๗ ก.พ. ๒๕๖๓", "วันที่ 1 ตุลาคม พ.ศ. 2562", "31/2/2563"};

    private String rawText;
    private String normalisedText;
    private ThaiTextNormaliser normaliser;
    private BmaProgressFormParser parser;
    private BuddhistDateParser dates;
    private Auditor auditor;
    private ReportRecord parsedRecord;

    @Setup
    public void load() throws IOException {
        try (InputStream in = ParseBenchmark.class.getResourceAsStream("/raingan/bench/report.txt")) {
            rawText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        normaliser = new ThaiTextNormaliser();
        parser = new BmaProgressFormParser();
        dates = new BuddhistDateParser();
        auditor = Auditor.standard();
        normalisedText = normaliser.normalise(rawText);
        ParsedForm form = parser.parse(normalisedText);
        parsedRecord = new ReportRecord(1, form.form(), null, form.project(), form.reports(), form.findings());
    }

    @Benchmark
    public String normalise() {
        return normaliser.normalise(rawText);
    }

    @Benchmark
    public ParsedForm parseForm() {
        return parser.parse(normalisedText);
    }

    @Benchmark
    public Object audit() {
        return auditor.audit(parsedRecord);
    }

    /** Records per second from extracted text: normalise, parse and audit, no I/O. */
    @Benchmark
    public Object textToRecord() {
        ParsedForm form = parser.parse(normaliser.normalise(rawText));
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
