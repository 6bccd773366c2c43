package raingan.batch.run;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.batch.walk.ReadablePath;
import raingan.batch.walk.WalkEntry;
import raingan.ingest.ErrorClass;
import raingan.ingest.pipeline.Converter;
import raingan.ingest.source.SourceDocument;
import raingan.ingest.source.SourceFiles;
import raingan.ingest.write.JsonFileSink;
import raingan.model.ReportRecord;

/**
 * Converts one input with a worker's converter and says what became of it, without writing
 * anything. The input is opened where every library can open it ({@link ReadablePath}) and read
 * once, through the pipeline's input side, for its digest (an empty file fails there,
 * undigested); an input whose bytes match its earlier {@code ok} line
 * and whose record exists is reused; every exception or error the conversion throws becomes a
 * {@code failed} or {@code unsupported} outcome: a conversion's failure is of the class it
 * carries, anything else is named from what happened. Thread-safe.
 *
 * <p>Public for the other runners of conversions (the Beam pipeline), so that every runner's
 * manifest lines come from this one reading of an input.
 */
public final class FileConversion {

    private final JsonFileSink records;
    private final Map<String, ManifestEntry> prior;

    /**
     * @param records the output folder's records, those of earlier runs among them; unused (null) when {@code prior} is empty
     * @param prior   the earlier run's manifest, by path (empty when not resuming)
     */
    FileConversion(JsonFileSink records, Map<String, ManifestEntry> prior) {
        this.records = records;
        this.prior = Map.copyOf(prior);
    }

    /** For a runner that neither resumes nor keeps a records folder: every input is converted. */
    public static FileConversion withoutResume() {
        return new FileConversion(null, Map.of());
    }

    /**
     * Converts a {@link WalkEntry.Kind#FILE FILE} entry. Never throws: a {@link Throwable} from the
     * converter is the file's outcome, not the worker's.
     */
    public Outcome process(Task task, Converter converter) {
        WalkEntry e = task.entry;
        long start = System.nanoTime();
        String sha256 = null;
        Long size = null;
        try (ReadablePath readable = ReadablePath.of(e.path())) {
            // The manifest gives the size of every file it could stat, whatever becomes of it.
            size = Files.size(e.path());
            task.size = size;
            SourceDocument doc = SourceFiles.read(new SourceDocument(readable.path(), e.name()));
            sha256 = doc.sha256();
            task.sha256 = sha256;
            ManifestEntry before = prior.get(e.name());
            if (before != null && before.status() == Status.OK && sha256.equals(before.sha256())
                    && Files.isRegularFile(records.fileOf(e.name()))) {
                return new Outcome(before, null, true, false);
            }
            ReportRecord record = converter.convert(doc);
            return new Outcome(ManifestEntry.ok(e.name(), sha256, size, record, millisSince(start)), record, false,
                    false);
        } catch (Throwable x) {
            // A Throwable from the converter is this file's, not the batch's; after an Error the
            // worker gets a fresh converter.
            return new Outcome(Failures.entry(e.name(), sha256, size, x, millisSince(start)), null, false,
                    Failures.breaksConverter(x));
        }
    }

    /** The outcome of a task whose worker could not create its converter. */
    public Outcome cannotStart(Task task, Throwable cause) {
        String message = "could not start a converter: " + Failures.message(ErrorClass.CRASH, cause);
        return new Outcome(ManifestEntry.failed(task.entry.name(), task.sha256, task.size, ErrorClass.CRASH, message, 0),
                null, false, true);
    }

    /** The outcome of a task given up on after {@code timeout}; its converter is not to be used again. */
    public Outcome timedOut(Task task, Duration timeout) {
        return new Outcome(Failures.timedOut(task.entry.name(), task.sha256, task.size, timeout), null, false, true);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
