package raingan.beam;

import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.run.FileConversion;
import raingan.batch.run.FindingLines;
import raingan.batch.run.Outcome;
import raingan.batch.run.WalkedEntries;
import raingan.batch.walk.WalkEntry;
import raingan.ingest.pipeline.Converter;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

/**
 * What becomes of each input, as in the batch: a record line and its finding lines, or one
 * failure line (its manifest line). Never throws for an input: no file fails the job.
 *
 * <p>Each instance owns one {@link Converter} (and so one OCR engine), made in {@link #setup()}
 * and closed in {@link #teardown()}, as each batch worker owns one: it is never serialised, and a
 * runner calls an instance from one thread at a time. After an {@link Error} the converter is
 * replaced before the next input, as a batch worker's is.
 */
final class ConvertFn extends DoFn<InputFile, String> {

    private static final long serialVersionUID = 1L;

    static final TupleTag<String> RECORDS = new TupleTag<>() {
    };
    static final TupleTag<String> FINDINGS = new TupleTag<>() {
    };
    static final TupleTag<String> FAILURES = new TupleTag<>() {
    };

    private final ConversionSettings settings;
    private transient RecordJson json;
    private transient FindingLines findingLines;
    private transient FileConversion conversion;
    private transient Converter converter;
    /** Why {@link #converter} could not be made; each input is then a failure that says so. */
    private transient Throwable startFailure;

    ConvertFn(ConversionSettings settings) {
        this.settings = settings;
    }

    @Setup
    public void setup() {
        json = new RecordJson();
        findingLines = new FindingLines(json);
        conversion = FileConversion.withoutResume();
        startConverter();
    }

    @ProcessElement
    public void process(@Element InputFile input, MultiOutputReceiver out) {
        WalkEntry e = input.entry();
        if (e.kind() != WalkEntry.Kind.FILE) {
            fail(WalkedEntries.entry(e), out);
            return;
        }
        if (converter == null) {
            startConverter();
        }
        Outcome o = converter == null ? conversion.cannotStart(e, startFailure) : conversion.convert(e, converter);
        if (o.replaceConverter()) {
            closeConverter();
        }
        ReportRecord record = o.record();
        if (record == null) {
            fail(o.entry(), out);
            return;
        }
        JobCounters.count(o.entry());
        out.get(RECORDS).output(json.line(record));
        for (String line : findingLines.of(e.name(), record)) {
            out.get(FINDINGS).output(line);
        }
    }

    @Teardown
    public void teardown() {
        closeConverter();
    }

    private void fail(ManifestEntry entry, MultiOutputReceiver out) {
        JobCounters.count(entry);
        out.get(FAILURES).output(json.line(entry));
    }

    private void startConverter() {
        try {
            converter = new Converter(settings.extraction());
            startFailure = null;
        } catch (RuntimeException | Error t) {
            converter = null;
            startFailure = t;
        }
    }

    private void closeConverter() {
        if (converter != null) {
            try {
                converter.close();
            } catch (RuntimeException ex) {
                // Closing frees the OCR engine; a failure there must not fail the job.
                Metrics.counter(JobCounters.NAMESPACE, "converter-close-failed").inc();
            }
            converter = null;
        }
    }
}
