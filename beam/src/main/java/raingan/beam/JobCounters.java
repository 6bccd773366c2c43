package raingan.beam;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.batch.run.RunSummary;

/**
 * The job's tally, kept in Beam counters (summed over all workers by the runner) and read back
 * at the end as the batch's {@link RunSummary}.
 */
final class JobCounters {

    static final String NAMESPACE = "raingan";
    private static final String PAGES = "pages";
    private static final String FAILED_CLASS = "failed.";

    private JobCounters() {
    }

    /** Counts one input's outcome: its status, a failure's class, an ok record's pages. */
    static void count(ManifestEntry e) {
        Metrics.counter(NAMESPACE, e.status().name().toLowerCase(Locale.ROOT)).inc();
        if (e.status() == Status.FAILED) {
            Metrics.counter(NAMESPACE, FAILED_CLASS + e.errorClass()).inc();
        }
        if (e.pages() != null) {
            Metrics.counter(NAMESPACE, PAGES).inc(e.pages());
        }
    }

    /** The finished job's counts; attempted values, which every runner reports. */
    static RunSummary summary(PipelineResult result, long elapsedMillis) {
        Map<String, Long> counts = new TreeMap<>();
        for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.inNamespace(NAMESPACE)).build()).getCounters()) {
            counts.merge(c.getName().getName(), c.getAttempted(), Long::sum);
        }
        Map<String, Integer> byClass = new TreeMap<>();
        counts.forEach((name, n) -> {
            if (name.startsWith(FAILED_CLASS)) {
                byClass.put(name.substring(FAILED_CLASS.length()), n.intValue());
            }
        });
        int ok = get(counts, Status.OK);
        int failed = get(counts, Status.FAILED);
        int skipped = get(counts, Status.SKIPPED);
        int unsupported = get(counts, Status.UNSUPPORTED);
        long pages = counts.getOrDefault(PAGES, 0L);
        return new RunSummary(ok + failed + skipped + unsupported, ok, failed, skipped, unsupported, 0, pages, pages,
                elapsedMillis, byClass);
    }

    private static int get(Map<String, Long> counts, Status s) {
        return counts.getOrDefault(s.name().toLowerCase(Locale.ROOT), 0L).intValue();
    }
}
