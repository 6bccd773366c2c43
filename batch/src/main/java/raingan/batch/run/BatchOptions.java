package raingan.batch.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import raingan.batch.walk.LinkPolicy;
import raingan.ingest.extract.ExtractionSettings;

/**
 * What a batch converts, where it writes and under which limits. Validated on construction:
 * an invalid value throws {@link IllegalArgumentException} naming the option.
 *
 * @param inputs      files and folders to convert, at least one; a folder is walked recursively
 * @param out         the output folder (created if missing): records, {@code manifest.jsonl}, {@code findings.jsonl}
 * @param threads     worker threads, each with its own converter, 1..256
 * @param timeout     per-file limit; a file that takes longer is recorded as {@code TIMEOUT}
 * @param maxPages    a document with more pages fails with {@code PAGE_LIMIT}; overrides the extraction settings'
 * @param resume      when {@code out} already has a manifest, keep the records of inputs that did not change
 * @param jsonl       where to write all records as JSON Lines at the end, or null for none
 * @param summaryFile where to write the run summary as JSON, or null for none
 * @param progress    how progress is shown on stderr
 * @param extraction  how documents are read (OCR policy, dpi, languages, pixel and inflate limits)
 * @param links       which symbolic links inside the input folders are followed
 */
public record BatchOptions(List<Path> inputs, Path out, int threads, Duration timeout, int maxPages,
                           boolean resume, Path jsonl, Path summaryFile, ProgressMode progress,
                           ExtractionSettings extraction, LinkPolicy links) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    public static final int DEFAULT_MAX_PAGES = 500;
    public static final int MAX_THREADS = 256;

    public BatchOptions {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input file or folder is required");
        }
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be 1.." + MAX_THREADS + ", was " + threads);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
        }
        if (progress == null) {
            throw new IllegalArgumentException("progress mode is required");
        }
        if (extraction == null) {
            throw new IllegalArgumentException("extraction settings are required");
        }
        if (links == null) {
            throw new IllegalArgumentException("a link policy is required");
        }
    }

    /**
     * Defaults for everything but inputs and output: one thread per core, 10 min, 500 pages, resume on,
     * links followed only inside the input folders.
     */
    public static BatchOptions of(List<Path> inputs, Path out) {
        return new BatchOptions(inputs, out, Runtime.getRuntime().availableProcessors(), DEFAULT_TIMEOUT,
                DEFAULT_MAX_PAGES, true, null, null, ProgressMode.AUTO, ExtractionSettings.defaults(),
                LinkPolicy.STAY_INSIDE);
    }

    public BatchOptions withThreads(int n) {
        return new BatchOptions(inputs, out, n, timeout, maxPages, resume, jsonl, summaryFile, progress,
                extraction, links);
    }

    public BatchOptions withTimeout(Duration t) {
        return new BatchOptions(inputs, out, threads, t, maxPages, resume, jsonl, summaryFile, progress,
                extraction, links);
    }

    public BatchOptions withMaxPages(int n) {
        return new BatchOptions(inputs, out, threads, timeout, n, resume, jsonl, summaryFile, progress,
                extraction, links);
    }

    public BatchOptions withResume(boolean r) {
        return new BatchOptions(inputs, out, threads, timeout, maxPages, r, jsonl, summaryFile, progress,
                extraction, links);
    }

    public BatchOptions withJsonl(Path file) {
        return new BatchOptions(inputs, out, threads, timeout, maxPages, resume, file, summaryFile, progress,
                extraction, links);
    }

    public BatchOptions withSummaryFile(Path file) {
        return new BatchOptions(inputs, out, threads, timeout, maxPages, resume, jsonl, file, progress,
                extraction, links);
    }

    public BatchOptions withProgress(ProgressMode mode) {
        return new BatchOptions(inputs, out, threads, timeout, maxPages, resume, jsonl, summaryFile, mode,
                extraction, links);
    }

    public BatchOptions withExtraction(ExtractionSettings settings) {
        return new BatchOptions(inputs, out, threads, timeout, maxPages, resume, jsonl, summaryFile, progress,
                settings, links);
    }

    public BatchOptions withLinks(LinkPolicy policy) {
        return new BatchOptions(inputs, out, threads, timeout, maxPages, resume, jsonl, summaryFile, progress,
                extraction, policy);
    }

    /** The extraction settings the converters get: {@link #extraction} with this batch's page cap. */
    public ExtractionSettings effectiveExtraction() {
        return extraction.withMaxPages(maxPages);
    }
}
