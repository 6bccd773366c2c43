package raingan.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import raingan.ingest.ConversionException;
import raingan.ingest.detect.UnsupportedFormatException;
import raingan.ingest.pipeline.Converter;
import raingan.ingest.source.FileDigest;
import raingan.ingest.source.SourceDocument;
import raingan.model.ReportRecord;

/**
 * Converts one input with a worker's converter and says what became of it, without writing
 * anything: an empty file fails without being opened, an input whose bytes match its earlier
 * {@code ok} line and whose record exists is reused, and every exception or error the
 * conversion throws becomes a {@code failed} or {@code unsupported} outcome. Thread-safe.
 */
final class FileConversion {

    private final Path out;
    private final Map<String, ManifestEntry> prior;

    /**
     * @param out    the output folder, where records of earlier runs are
     * @param prior  the earlier run's manifest, by path (empty when not resuming)
     */
    FileConversion(Path out, Map<String, ManifestEntry> prior) {
        this.out = out;
        this.prior = Map.copyOf(prior);
    }

    /** Where the record of input {@code name} goes. */
    static Path outputOf(Path out, String name) {
        return out.resolve(name + ".json");
    }

    /** Never throws: a {@link Throwable} from the converter is the file's outcome, not the worker's. */
    Outcome process(Task task, Converter converter) {
        WalkEntry e = task.entry;
        long start = System.nanoTime();
        String sha256 = null;
        Long size = null;
        try {
            size = Files.size(e.path());
            task.size = size;
            if (size == 0) {
                return failed(e, null, size, ErrorClass.EMPTY_FILE.advice(), ErrorClass.EMPTY_FILE, start, false);
            }
            sha256 = FileDigest.sha256(e.path());
            task.sha256 = sha256;
            ManifestEntry before = prior.get(e.name());
            if (before != null && before.status() == Status.OK && sha256.equals(before.sha256())
                    && Files.isRegularFile(outputOf(out, e.name()))) {
                return new Outcome(before, null, true, false);
            }
            ReportRecord record = converter.convert(new SourceDocument(e.path(), e.name(), sha256));
            return new Outcome(ManifestEntry.ok(e.name(), sha256, size, record, millisSince(start)), record, false,
                    false);
        } catch (UnsupportedFormatException u) {
            return new Outcome(ManifestEntry.unsupported(e.name(), sha256, size, u.mediaType(), millisSince(start)),
                    null, false, false);
        } catch (ConversionException | IOException | RuntimeException x) {
            FailureClassifier.Failure f = FailureClassifier.classify(x);
            return failed(e, sha256, size, f.message(), f.errorClass(), start, false);
        } catch (Throwable x) {
            // OutOfMemoryError, StackOverflowError, LinkageError…: this file's, not the batch's; the
            // converter may hold half-built state, so the worker gets a fresh one.
            FailureClassifier.Failure f = FailureClassifier.classify(x);
            return failed(e, sha256, size, f.message(), f.errorClass(), start, true);
        }
    }

    /** The outcome of a task whose worker could not create its converter. */
    Outcome cannotStart(Task task, Throwable cause) {
        String message = "could not start a converter: " + FailureClassifier.message(ErrorClass.CRASH, cause);
        return failed(task.entry, task.sha256, task.size, message, ErrorClass.CRASH, System.nanoTime(), true);
    }

    private static Outcome failed(WalkEntry e, String sha256, Long size, String message, ErrorClass c, long start,
                                  boolean replace) {
        return new Outcome(ManifestEntry.failed(e.name(), sha256, size, c, message, millisSince(start)), null,
                false, replace);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
