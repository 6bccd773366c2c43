package raingan.batch.run;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;

/**
 * Counts finished inputs and shows them on stderr: a bar redrawn in place on a terminal, a
 * plain line every {@value #LINE_INTERVAL_SECONDS} s otherwise, nothing in quiet mode.
 * Failures and warnings are printed in every mode, one line each. Thread-safe.
 */
final class ProgressReporter {

    static final int LINE_INTERVAL_SECONDS = 5;
    private static final int BAR_WIDTH = 10;

    private final ProgressMode mode;
    private final PrintStream err;
    private final long startNanos = System.nanoTime();
    private final AtomicLong total = new AtomicLong(-1);
    private final LongAdder done = new LongAdder();
    private final LongAdder converted = new LongAdder();
    private final LongAdder pages = new LongAdder();
    private final LongAdder pagesConverted = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private long lastLineNanos = System.nanoTime();
    private int barWidth;

    /** @param mode BAR, LINES or QUIET; AUTO must be resolved first with {@link #resolve} */
    ProgressReporter(ProgressMode mode, PrintStream err) {
        if (mode == ProgressMode.AUTO) {
            throw new IllegalArgumentException("resolve AUTO before reporting");
        }
        this.mode = mode;
        this.err = err;
    }

    static ProgressMode resolve(ProgressMode mode, boolean terminal) {
        if (mode != ProgressMode.AUTO) {
            return mode;
        }
        return terminal ? ProgressMode.BAR : ProgressMode.LINES;
    }

    /** How many inputs there are, once the counting walk is done. */
    void total(long n) {
        total.set(n);
    }

    /**
     * One input is done.
     *
     * @param converted false when its record was reused from an earlier run
     */
    void finished(ManifestEntry e, boolean converted) {
        done.increment();
        int p = e.pages() == null ? 0 : e.pages();
        pages.add(p);
        if (converted) {
            this.converted.increment();
            pagesConverted.add(p);
        }
        if (e.status() == Status.FAILED) {
            failed.increment();
            print("failed: " + e.path() + " [" + e.errorClass() + "] " + e.message());
        }
    }

    /** A problem with the run rather than with one file; always printed. */
    void warn(String message) {
        print("warning: " + message);
    }

    /** Called every few hundred milliseconds: redraws the bar, or prints a line when one is due. */
    synchronized void tick() {
        if (mode == ProgressMode.BAR) {
            drawBar();
        } else if (mode == ProgressMode.LINES && System.nanoTime() - lastLineNanos >= LINE_INTERVAL_SECONDS * 1e9) {
            lastLineNanos = System.nanoTime();
            err.println("progress: " + status());
            err.flush();
        }
    }

    /** The end of the run: the bar's final state on its own line. */
    synchronized void stop() {
        if (mode == ProgressMode.BAR) {
            drawBar();
            err.println();
            err.flush();
            barWidth = 0;
        }
    }

    long pagesConverted() {
        return pagesConverted.sum();
    }

    /** e.g. {@code 120/450 files, 300 pages, 2.5 pages/s, ETA 0:02:10, 3 failed}. */
    String status() {
        long n = done.sum();
        long t = total.get();
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        StringBuilder sb = new StringBuilder();
        sb.append(n).append('/').append(t < 0 ? "?" : Long.toString(Math.max(t, n))).append(" files, ")
                .append(pages.sum()).append(" pages, ")
                .append(String.format(Locale.ROOT, "%.1f", pagesConverted.sum() / seconds)).append(" pages/s, ETA ");
        long c = converted.sum();
        if (t < 0 || c == 0) {
            sb.append('?');
        } else {
            sb.append(clock((long) (Math.max(0, t - n) * seconds / c)));
        }
        sb.append(", ").append(failed.sum()).append(" failed");
        return sb.toString();
    }

    static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private synchronized void print(String line) {
        if (mode == ProgressMode.BAR && barWidth > 0) {
            err.print("\r" + " ".repeat(barWidth) + "\r");
        }
        err.println(line);
        if (mode == ProgressMode.BAR) {
            barWidth = 0;
            drawBar();
        }
        err.flush();
    }

    private void drawBar() {
        long t = total.get();
        long n = done.sum();
        int filled = t <= 0 ? 0 : (int) Math.min(BAR_WIDTH, n * BAR_WIDTH / t);
        String line = "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + status();
        // Pad over the previous, possibly longer, line: \r only moves the cursor.
        String padded = line.length() < barWidth ? line + " ".repeat(barWidth - line.length()) : line;
        err.print("\r" + padded);
        err.flush();
        barWidth = line.length();
    }
}
