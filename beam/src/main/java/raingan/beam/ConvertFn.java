package raingan.beam;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.run.FileConversion;
import raingan.batch.run.FindingLines;
import raingan.batch.run.Outcome;
import raingan.batch.run.Task;
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
 * and closed in {@link #teardown()}, as each batch worker owns one: it is never serialised. It
 * converts on a thread of its own, so that a file past the timeout can be given up on as the
 * batch's watchdog does: the file is {@code TIMEOUT}, its thread is interrupted and left to stop
 * (a daemon), and a new thread with a new converter takes the next file. After an {@link Error}
 * the converter is replaced too, as a batch worker's is.
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
    private final long timeoutMillis;
    private transient RecordJson json;
    private transient FindingLines findingLines;
    private transient FileConversion conversion;
    private transient ExecutorService thread;
    private transient Converter converter;
    /** Why {@link #converter} could not be made; each input is then a failure that says so. */
    private transient Throwable startFailure;

    ConvertFn(ConversionSettings settings, Duration timeout) {
        this.settings = settings;
        this.timeoutMillis = timeout.toMillis();
    }

    @Setup
    public void setup() {
        json = new RecordJson();
        findingLines = new FindingLines(json);
        conversion = FileConversion.withoutResume();
        thread = newThread();
        startConverter();
    }

    @ProcessElement
    public void process(@Element InputFile input, MultiOutputReceiver out) throws InterruptedException {
        WalkEntry e = input.entry();
        if (e.kind() != WalkEntry.Kind.FILE) {
            fail(WalkedEntries.entry(e), out);
            return;
        }
        if (converter == null) {
            startConverter();
        }
        Task task = new Task(e);
        Outcome o = converter == null ? conversion.cannotStart(task, startFailure)
                : convert(task, e.name(), converter);
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
        thread.shutdownNow();
    }

    private Outcome convert(Task task, String name, Converter c) throws InterruptedException {
        Future<Outcome> running = thread.submit(() -> conversion.process(task, c));
        try {
            return running.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException ex) {
            running.cancel(true);
            // The converter stays with the thread still using it; closing it under that thread could crash it.
            converter = null;
            thread.shutdownNow();
            thread = newThread();
            return conversion.timedOut(task, Duration.ofMillis(timeoutMillis));
        } catch (ExecutionException ex) {
            // process() turns every Throwable into the file's outcome; this is a bug of the pipeline's.
            throw new IllegalStateException("converting " + name + " threw", ex.getCause());
        }
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

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "raingan-beam-converter");
            t.setDaemon(true);
            return t;
        });
    }
}
