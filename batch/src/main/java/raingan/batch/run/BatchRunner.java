package raingan.batch.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import raingan.batch.manifest.Manifest;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.ManifestWriter;
import raingan.batch.walk.InputWalker;
import raingan.batch.walk.WalkEntry;
import raingan.ingest.ErrorClass;
import raingan.ingest.write.AtomicFiles;
import raingan.ingest.write.JsonFileSink;
import raingan.ingest.write.RecordSink;
import raingan.model.RecordJson;

/**
 * Converts a whole archive: walks the inputs, converts each file on a bounded pool of
 * workers, writes {@code OUT/<path>.json} per input and accounts for every input in
 * {@code OUT/manifest.jsonl}, then writes {@code OUT/findings.jsonl}, the optional JSON Lines
 * export and summary, and prints a summary line on stderr.
 *
 * <p>Resumable: a run killed at any moment (even with SIGKILL) and started again with the same
 * options ends with exactly one manifest line per input and the same records as an
 * uninterrupted run; inputs whose bytes and record are unchanged are not converted again.
 * No file's failure stops the run; only an output folder that cannot be written does (a full
 * disk), and then it stops at once with {@link OutputWriteException}, leaving every record whole
 * and a whole manifest line for every input finished, so that running it again finishes the batch.
 *
 * <p>Memory: one record per worker; per input only its path and manifest line (a few hundred bytes).
 */
public final class BatchRunner {

    private static final Duration MAX_GRACE = Duration.ofSeconds(10);

    private final BatchOptions options;
    /** Null when records go to the output folder only. */
    private final RecordSink mirror;
    private final ConverterFactory converters;
    private final PrintStream err;
    private final boolean terminal;
    private final RecordJson json = new RecordJson();

    public BatchRunner(BatchOptions options) {
        this(options, null, ConverterFactory.STANDARD, System.err, System.console() != null);
    }

    /**
     * A batch whose records also go to {@code mirror} (a warehouse), kept from earlier runs
     * included; the mirror is the caller's to close.
     */
    public BatchRunner(BatchOptions options, RecordSink mirror) {
        this(options, mirror, ConverterFactory.STANDARD, System.err, System.console() != null);
    }

    BatchRunner(BatchOptions options, ConverterFactory converters, PrintStream err, boolean terminal) {
        this(options, null, converters, err, terminal);
    }

    BatchRunner(BatchOptions options, RecordSink mirror, ConverterFactory converters, PrintStream err,
                boolean terminal) {
        this.options = options;
        this.mirror = mirror;
        this.converters = converters;
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Runs the batch to the end.
     *
     * @return counts by status; {@link RunSummary#exitCode()} is 2 when some input failed
     * @throws NoSuchFileException  if an input does not exist (checked before anything is written)
     * @throws OutputWriteException  if the output folder, the manifest or an export file cannot be written
     *                               once the run has started; the message names the disk
     * @throws IOException           if the output folder cannot be created or locked, or the batch is interrupted
     */
    public RunSummary run() throws IOException {
        long start = System.nanoTime();
        for (Path input : options.inputs()) {
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString(), null, "input does not exist");
            }
        }
        Path out = options.out();
        Files.createDirectories(out);
        OutputLock lock = OutputLock.acquire(out);
        try {
            return runLocked(start, out);
        } finally {
            lock.close();
        }
    }

    private RunSummary runLocked(long start, Path out) throws IOException {
        AtomicFiles.deleteStaleTemps(out);
        List<Path> ownFiles = new ArrayList<>();
        for (Path own : new Path[] {options.jsonl(), options.summaryFile()}) {
            if (own != null) {
                AtomicFiles.deleteStaleTempsOf(own);
                ownFiles.add(own);
            }
        }
        ProgressMode mode = ProgressReporter.resolve(options.progress(), terminal);
        ProgressReporter progress = new ProgressReporter(mode, err);
        Path manifestPath = out.resolve(Manifest.FILE_NAME);
        Manifest.Loaded prior = options.resume() ? Manifest.read(manifestPath, json) : Manifest.Loaded.EMPTY;
        if (prior.badLines() > 0) {
            progress.warn(prior.badLines() + " line(s) of " + manifestPath + " were cut short or unreadable"
                    + " (an interrupted run); those inputs are converted again");
        }

        Thread interrupted = new Thread(() -> {
            err.println();
            err.println("raingan batch: stopped before the end; what was done is recorded in " + manifestPath
                    + ". Run the same command again to resume.");
            err.flush();
        }, "raingan-interrupted");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            return convertAll(start, out, ownFiles, mode, progress, manifestPath, prior);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down (Ctrl-C): the hook is running and says so.
            }
        }
    }

    private RunSummary convertAll(long start, Path out, List<Path> ownFiles, ProgressMode mode,
                                  ProgressReporter progress,
                                  Path manifestPath, Manifest.Loaded prior) throws IOException {
        JsonFileSink records = new JsonFileSink(out, json);
        OutputDisk disk = new OutputDisk(out);
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        OutcomeRecorder recorder;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "raingan-progress"));
        Thread counter = daemon(() -> countInputs(out, ownFiles, progress), "raingan-count");
        try (ManifestWriter writer = ManifestWriter.open(manifestPath, prior.validLength(), json)) {
            recorder = new OutcomeRecorder(records, mirror, json, writer, progress, prior.entries(), disk);
            WorkerPool pool = new WorkerPool(options.threads(), options.timeout(), grace(options.timeout()),
                    converters, options.effectiveExtraction(), new FileConversion(records, prior.entries()), recorder,
                    progress);
            counter.start();
            ticker.scheduleAtFixedRate(progress::tick, 200, 200, TimeUnit.MILLISECONDS);
            pool.start();
            try {
                InputWalker walker = new InputWalker(options.inputs(), List.of(out), ownFiles, options.links());
                while (walker.hasNext()) {
                    WalkEntry e = walker.next();
                    if (!seen.add(e.name())) {
                        duplicates++;
                        progress.warn(e.path() + " is not converted: an earlier input has the same relative path "
                                + e.name() + ". " + ErrorClass.DUPLICATE.advice());
                    } else if (e.kind() == WalkEntry.Kind.FILE) {
                        pool.submit(e);
                    } else {
                        recorder.walked(e);
                    }
                }
            } finally {
                pool.finish();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException stop = new InterruptedIOException("batch interrupted; run again to resume");
            stop.initCause(e);
            throw stop;
        } catch (IOException e) {
            progress.stop();
            throw disk.stopped(e);
        } finally {
            ticker.shutdownNow();
        }

        List<ManifestEntry> entries;
        try {
            entries = Manifest.compact(manifestPath, seen, json);
            new Exporter(out, records, json, progress).export(entries, options.jsonl());
        } catch (IOException e) {
            progress.stop();
            throw disk.stopped(e);
        }
        progress.stop();
        RunSummary summary = RunSummary.of(entries, duplicates, recorder.reused(), progress.pagesConverted(),
                (System.nanoTime() - start) / 1_000_000);
        if (mode != ProgressMode.QUIET) {
            err.println(summary.line());
            err.flush();
        }
        if (options.summaryFile() != null) {
            try {
                AtomicFiles.write(options.summaryFile(), json.line(summary) + "\n");
            } catch (IOException e) {
                throw disk.stopped(options.summaryFile(), e);
            }
        }
        return summary;
    }

    /** How long a timed-out worker may take to stop before it is abandoned. */
    private static Duration grace(Duration timeout) {
        return timeout.compareTo(MAX_GRACE) < 0 ? timeout : MAX_GRACE;
    }

    /** A second, cheap walk for the progress total, so the first can stay lazy. */
    private void countInputs(Path out, List<Path> ownFiles, ProgressReporter progress) {
        long n = 0;
        InputWalker walker = new InputWalker(options.inputs(), List.of(out), ownFiles, options.links());
        while (walker.hasNext()) {
            walker.next();
            n++;
        }
        progress.total(n);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
