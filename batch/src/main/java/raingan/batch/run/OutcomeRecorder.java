package raingan.batch.run;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.ManifestWriter;
import raingan.batch.manifest.Status;
import raingan.batch.walk.WalkEntry;
import raingan.ingest.ErrorClass;
import raingan.ingest.write.JsonFileSink;
import raingan.ingest.write.RecordSink;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

/**
 * Makes an outcome durable, in the order that keeps a killed run consistent: the record is
 * written (atomically) before its manifest line, and an input that is no longer ok loses its
 * old record, so every {@code ok} line has its record and no other line has one. Thread-safe.
 *
 * <p>A mirror, when there is one (a warehouse), gets every record that ends up {@code ok},
 * those kept from an earlier run included, and loses those that no longer are. It follows the
 * output folder and never leads it: a record the mirror refuses is a warning, and the manifest
 * still says what the folder holds.
 *
 * <p>Every method throws {@link IOException} only when the manifest cannot be written, or a record
 * cannot be written because the disk is full: the run can no longer account for its inputs, or
 * would only fail every one of them, and must stop. A record that cannot be written for a reason of
 * its own (its name too long, a folder in its place) fails its input as {@code WRITE_FAILED}.
 */
final class OutcomeRecorder {

    private final JsonFileSink records;
    /** Null when the records go to the output folder only. */
    private final RecordSink mirror;
    private final RecordJson json;
    private final ManifestWriter manifest;
    private final ProgressReporter progress;
    private final Map<String, ManifestEntry> prior;
    private final OutputDisk disk;
    private final AtomicInteger reused = new AtomicInteger();

    /** @param mirror where records go besides the output folder, or null */
    OutcomeRecorder(JsonFileSink records, RecordSink mirror, RecordJson json, ManifestWriter manifest,
                    ProgressReporter progress, Map<String, ManifestEntry> prior, OutputDisk disk) {
        this.records = records;
        this.mirror = mirror;
        this.json = json;
        this.disk = disk;
        this.manifest = manifest;
        this.progress = progress;
        this.prior = Map.copyOf(prior);
    }

    /** A worker's outcome. */
    void record(Outcome o) throws IOException {
        if (o.reused()) {
            // The earlier line stays the input's line: nothing to append.
            reused.incrementAndGet();
            mirrorKept(o.entry().path());
            progress.finished(o.entry(), false);
            return;
        }
        ManifestEntry entry = o.entry();
        if (o.record() != null) {
            try {
                records.put(entry.path(), o.record());
            } catch (IOException e) {
                if (disk.isFull()) {
                    throw disk.stopped(e);
                }
                entry = writeFailed(entry, e);
            } catch (RuntimeException e) {
                entry = writeFailed(entry, e);
            }
            if (entry.status() == Status.OK) {
                mirror(entry.path(), o.record());
            }
        } else {
            deleteStale(entry.path());
        }
        manifest.append(entry);
        progress.finished(entry, true);
    }

    /** The watchdog gave up on a task; the worker will not write anything for it. */
    void timedOut(Task task, Duration timeout) throws IOException {
        deleteStale(task.entry.name());
        ManifestEntry entry = Failures.timedOut(task.entry.name(), task.sha256, task.size, timeout);
        manifest.append(entry);
        progress.finished(entry, true);
    }

    /** Something the walk found that is not converted: skipped, or unreadable. */
    void walked(WalkEntry e) throws IOException {
        ManifestEntry entry = WalkedEntries.entry(e);
        deleteStale(e.name());
        // A skip decided the same way before needs no second line; the earlier one stays.
        if (!Objects.equals(prior.get(e.name()), entry)) {
            manifest.append(entry);
        }
        progress.finished(entry, false);
    }

    /** Inputs whose earlier record was kept. */
    int reused() {
        return reused.get();
    }

    private static ManifestEntry writeFailed(ManifestEntry entry, Exception e) {
        return ManifestEntry.failed(entry.path(), entry.sha256(), entry.size(), ErrorClass.WRITE_FAILED,
                Failures.message(ErrorClass.WRITE_FAILED, e), entry.millis());
    }

    private void deleteStale(String name) {
        try {
            records.remove(name);
        } catch (IOException e) {
            progress.warn("could not delete the outdated record " + records.fileOf(name) + ": " + e.getMessage());
        }
        if (mirror != null) {
            try {
                mirror.remove(name);
            } catch (IOException | RuntimeException e) {
                progress.warn(name + ": " + e.getMessage());
            }
        }
    }

    private void mirror(String name, ReportRecord record) {
        if (mirror != null) {
            try {
                mirror.put(name, record);
            } catch (IOException | RuntimeException e) {
                progress.warn(name + ": " + e.getMessage());
            }
        }
    }

    /** The mirror may not have a record kept from an earlier run (one without it, or killed): it gets it now. */
    private void mirrorKept(String name) {
        if (mirror != null) {
            try {
                mirror(name, json.read(Files.readString(records.fileOf(name))));
            } catch (IOException | RuntimeException e) {
                progress.warn("could not read the kept record " + records.fileOf(name) + ": " + e.getMessage());
            }
        }
    }
}
