package raingan.batch.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import raingan.ingest.audit.Auditor;
import raingan.ingest.detect.Detection;
import raingan.ingest.detect.DocumentFormat;
import raingan.ingest.detect.FormatDetector;
import raingan.ingest.normalise.ThaiTextNormaliser;
import raingan.ingest.parse.BmaProgressFormParser;
import raingan.ingest.pipeline.Converter;
import raingan.ingest.pipeline.ExtractorRouter;
import raingan.model.Finding;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * Converters whose detector misbehaves on cue, by file name prefix, so tests can make one file
 * of a batch hang, crash or run out of memory while the rest convert normally:
 * {@code hang-} (ignores interrupts until {@link #release}), {@code slow-} (sleeps, stops when
 * interrupted), {@code crash-} (RuntimeException), {@code deep-} (real StackOverflowError),
 * {@code oom-} (real OutOfMemoryError), {@code .zip} suffix (unsupported). Each record gets one
 * warning finding. Counts creations and the threads they happened on.
 */
final class TestConverters implements ConverterFactory {

    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger detections = new AtomicInteger();
    final Set<String> creatorThreads = ConcurrentHashMap.newKeySet();
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    public Converter create(raingan.ingest.extract.ExtractionSettings settings) {
        created.incrementAndGet();
        creatorThreads.add(Thread.currentThread().getName());
        FormatDetector detector = this::detect;
        Auditor auditor = new Auditor(List.of(record -> List.of(new Finding(RuleId.TEXT_SUSPECT_CHARACTERS,
                Severity.WARNING, "/project", "พบอักขระที่น่าสงสัยในข้อความ: ตรวจสอบต้นฉบับ"))));
        return new Converter(detector, new ExtractorRouter(settings), new ThaiTextNormaliser(),
                new BmaProgressFormParser(), auditor);
    }

    /** Lets every {@code hang-} conversion return. */
    void release() {
        release.countDown();
    }

    private Detection detect(Path file) throws IOException {
        detections.incrementAndGet();
        String name = file.getFileName().toString();
        if (name.startsWith("hang-")) {
            // Deaf to interrupts, like a native OCR call: only the latch ends it.
            while (release.getCount() > 0) {
                Thread.interrupted();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
        } else if (name.startsWith("slow-")) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                throw new IOException("interrupted while reading", e);
            }
        } else if (name.startsWith("crash-")) {
            throw new IllegalStateException("detector bug on purpose");
        } else if (name.startsWith("deep-")) {
            return recurse(0);
        } else if (name.startsWith("oom-")) {
            long[][] hog = new long[Integer.MAX_VALUE - 8][];
            throw new IllegalStateException("allocated " + hog.length);
        } else if (name.endsWith(".zip")) {
            return new Detection(DocumentFormat.UNKNOWN, "application/zip");
        }
        return new Detection(DocumentFormat.TEXT, "text/plain");
    }

    private static Detection recurse(int depth) {
        Detection d = recurse(depth + 1);
        return d == null ? new Detection(DocumentFormat.TEXT, "depth " + depth) : d;
    }
}
