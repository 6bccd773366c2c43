package raingan.batch.run;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import raingan.batch.manifest.Manifest;

/**
 * The disk the output folder is on, as a failed write there is judged and explained: whether the
 * disk is full (then no later input can be written either, and the run must stop), and which disk
 * it is, by its mount point and device, with what is left on it.
 */
final class OutputDisk {

    /** Less room than this after a failed write is a full disk: a record needs a few KiB, a line less. */
    private static final long FULL_BELOW = 1L << 20;

    private final Path out;

    OutputDisk(Path out) {
        this.out = out;
    }

    /** True when the disk has next to no room left; false when that cannot be told. */
    boolean isFull() {
        try {
            return Files.getFileStore(out).getUsableSpace() < FULL_BELOW;
        } catch (IOException e) {
            return false;
        }
    }

    /** The run's end on a write error in the output folder: what could not be written, and how to finish. */
    OutputWriteException stopped(IOException cause) {
        return stopped(out, cause);
    }

    /** The same for a file the run writes elsewhere (the summary, the JSON Lines export). */
    OutputWriteException stopped(Path written, IOException cause) {
        if (cause instanceof OutputWriteException already) {
            return already;
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new OutputWriteException("could not write to " + written + " on the disk " + describe(written) + ": "
                + reason + ". The run stopped; " + out.resolve(Manifest.FILE_NAME)
                + " keeps every input finished so far. Free some space (or fix the disk) and run the same"
                + " command again to finish.", cause);
    }

    private static String describe(Path written) {
        Path existing = written.toAbsolutePath();
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            FileStore store = Files.getFileStore(existing);
            return store + ", " + size(store.getUsableSpace()) + " free";
        } catch (IOException e) {
            return "holding it (which one cannot be told: " + e.getMessage() + ")";
        }
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
