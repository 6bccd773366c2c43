package raingan.batch.run;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import raingan.batch.walk.WalkEntry;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.pipeline.Converter;

/**
 * A fixed number of worker threads fed from a short queue (so the walk stays only a few files
 * ahead of the work), each with its own {@link Converter} created and closed on its thread,
 * and a watchdog that enforces the per-file timeout.
 *
 * <p>When a file runs past the timeout the watchdog records it as {@code TIMEOUT} and
 * interrupts its worker; once the worker has stopped, or has ignored the interrupt for the
 * grace period, a new worker with a new converter takes its place. A worker that never stops
 * is abandoned (its thread is a daemon): it can no longer write anything, since the task it
 * holds is already settled.
 */
final class WorkerPool {

    private final int threads;
    private final Duration timeout;
    private final long timeoutNanos;
    private final long graceNanos;
    private final ConverterFactory factory;
    private final ExtractionSettings settings;
    private final FileConversion conversion;
    private final OutcomeRecorder recorder;
    private final ProgressReporter progress;
    private final BlockingQueue<Task> queue;
    private final Set<Worker> live = ConcurrentHashMap.newKeySet();
    private final AtomicReference<IOException> fatal = new AtomicReference<>();
    private final AtomicInteger workerNumbers = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    private final ScheduledExecutorService watchdog;
    private volatile boolean closed;

    /**
     * @param grace how long an interrupted worker may take to stop before it is abandoned
     */
    WorkerPool(int threads, Duration timeout, Duration grace, ConverterFactory factory, ExtractionSettings settings,
               FileConversion conversion, OutcomeRecorder recorder, ProgressReporter progress) {
        this.threads = threads;
        this.timeout = timeout;
        this.timeoutNanos = timeout.toNanos();
        this.graceNanos = grace.toNanos();
        this.factory = factory;
        this.settings = settings;
        this.conversion = conversion;
        this.recorder = recorder;
        this.progress = progress;
        this.queue = new ArrayBlockingQueue<>(threads * 2);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "raingan-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the workers and the watchdog. */
    void start() {
        for (int i = 0; i < threads; i++) {
            startWorker();
        }
        long period = Math.max(5, Math.min(100, timeout.toMillis() / 10));
        watchdog.scheduleWithFixedDelay(this::watch, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Queues one file, waiting while the queue is full.
     *
     * @throws IOException if a worker could not write the manifest: the run must stop
     */
    void submit(WalkEntry entry) throws IOException, InterruptedException {
        Task task = new Task(entry);
        while (!queue.offer(task, 100, TimeUnit.MILLISECONDS)) {
            throwIfFatal();
        }
        throwIfFatal();
    }

    /**
     * Lets the workers finish what is queued and waits for them (abandoned ones excepted).
     *
     * @throws IOException if a worker could not write the manifest
     */
    void finish() throws IOException, InterruptedException {
        closed = true;
        try {
            while (!live.isEmpty()) {
                for (Worker w : List.copyOf(live)) {
                    w.thread.join(50);
                }
            }
        } finally {
            watchdog.shutdownNow();
        }
        throwIfFatal();
    }

    /** Workers given up on because they did not stop after a timeout. */
    int abandoned() {
        return abandoned.get();
    }

    private void throwIfFatal() throws IOException {
        IOException e = fatal.get();
        if (e != null) {
            throw e;
        }
    }

    private void fail(IOException e) {
        fatal.compareAndSet(null, e);
        closed = true;
    }

    private void startWorker() {
        Worker w = new Worker();
        live.add(w);
        w.thread.start();
    }

    private void watch() {
        try {
            long now = System.nanoTime();
            for (Worker w : List.copyOf(live)) {
                Task t = w.current;
                if (!w.timedOut && t != null && now - t.startNanos > timeoutNanos && t.settle()) {
                    w.timedOutAt = now;
                    w.timedOutOn = t.entry.name();
                    w.timedOut = true;
                    try {
                        recorder.timedOut(t, timeout);
                    } catch (IOException e) {
                        fail(e);
                    }
                    w.thread.interrupt();
                }
                if (w.timedOut && (!w.thread.isAlive() || now - w.timedOutAt > graceNanos)) {
                    // The replacement joins before the timed-out worker leaves: finish() must never
                    // see no workers while files are still queued (it would end the run without them).
                    if (fatal.get() == null) {
                        startWorker();
                    }
                    live.remove(w);
                    if (w.thread.isAlive()) {
                        abandoned.incrementAndGet();
                        progress.warn(w.thread.getName() + " did not stop after the timeout on " + w.timedOutOn
                                + "; it is abandoned and a new worker takes its place");
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            // The watchdog must outlive anything: a dead watchdog means no more timeouts.
            progress.warn("watchdog: " + e);
        }
    }

    /** One worker thread and the task it is on. */
    private final class Worker implements Runnable {
        final Thread thread;
        volatile Task current;
        volatile boolean timedOut;
        volatile long timedOutAt;
        volatile String timedOutOn;

        Worker() {
            thread = new Thread(this, "raingan-worker-" + workerNumbers.incrementAndGet());
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            Converter converter = null;
            boolean retired = false;
            try {
                while (fatal.get() == null) {
                    Task task = queue.poll(50, TimeUnit.MILLISECONDS);
                    if (task == null) {
                        if (closed) {
                            return;
                        }
                        continue;
                    }
                    task.startNanos = System.nanoTime();
                    current = task;
                    Throwable startFailure = null;
                    if (converter == null) {
                        try {
                            converter = factory.create(settings);
                        } catch (RuntimeException | Error e) {
                            startFailure = e;
                        }
                    }
                    Outcome outcome = converter == null
                            ? conversion.cannotStart(task, startFailure)
                            : conversion.process(task, converter);
                    current = null;
                    if (!task.settle()) {
                        // The watchdog recorded a timeout and has (or will have) a replacement running.
                        retired = true;
                        return;
                    }
                    recorder.record(outcome);
                    if (outcome.replaceConverter() && converter != null) {
                        close(converter);
                        converter = null;
                    }
                }
            } catch (InterruptedException e) {
                // The watchdog interrupts only workers it has timed out, and replaces those itself.
                retired = timedOut;
            } catch (IOException e) {
                fail(e);
            } catch (RuntimeException | Error e) {
                // Recording failed in a way that is not the file's fault: the run cannot go on safely.
                fail(new IOException("a worker failed while recording an outcome: " + e, e));
            } finally {
                if (converter != null) {
                    close(converter);
                }
                if (!retired) {
                    live.remove(this);
                }
            }
        }

        private void close(Converter converter) {
            try {
                converter.close();
            } catch (RuntimeException e) {
                progress.warn("closing a converter failed: " + e);
            }
        }
    }
}
