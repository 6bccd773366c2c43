package raingan.batch.run;

import java.util.concurrent.atomic.AtomicBoolean;
import raingan.batch.walk.WalkEntry;

/**
 * One input on its way through a worker. Settled exactly once, by the worker that finished
 * it or by the watchdog that gave up on it; only the side that settles may write anything.
 */
public final class Task {

    final WalkEntry entry;
    /** System.nanoTime() when a worker took it; written before the worker publishes the task. */
    volatile long startNanos;
    /** The input's digest once the worker has hashed it, so a timeout line can carry it. */
    volatile String sha256;
    volatile Long size;
    private final AtomicBoolean settled = new AtomicBoolean();

    public Task(WalkEntry entry) {
        this.entry = entry;
    }

    /** @return true for the one caller that gets to record this task's outcome */
    boolean settle() {
        return settled.compareAndSet(false, true);
    }
}
