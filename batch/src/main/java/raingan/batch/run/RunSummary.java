package raingan.batch.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.ingest.ErrorClass;

/**
 * What a batch run did, over all its inputs (those whose records were kept from an earlier
 * run included).
 *
 * @param files            inputs accounted for
 * @param ok               converted, now or in an earlier run
 * @param failed           failed, including inputs dropped as duplicates of an earlier input's path
 * @param skipped          not documents (see {@link Status#SKIPPED})
 * @param unsupported      of a type raingan does not read
 * @param reused           of the ok ones, those unchanged since an earlier run and not converted again
 * @param pages            pages in all ok records
 * @param pagesConverted   pages converted by this run
 * @param elapsedMillis    wall time of this run
 * @param failuresByClass  failed inputs by {@link ErrorClass} name, sorted
 */
@JsonPropertyOrder({"files", "ok", "failed", "skipped", "unsupported", "reused", "pages", "pagesConverted",
        "elapsedMillis", "pagesPerSecond", "failuresByClass", "exitCode"})
public record RunSummary(int files, int ok, int failed, int skipped, int unsupported, int reused, long pages,
                         long pagesConverted, long elapsedMillis, Map<String, Integer> failuresByClass) {

    public RunSummary {
        failuresByClass = Collections.unmodifiableMap(new TreeMap<>(failuresByClass));
    }

    static RunSummary of(List<ManifestEntry> entries, int duplicates, int reused, long pagesConverted,
                         long elapsedMillis) {
        int ok = 0;
        int failed = duplicates;
        int skipped = 0;
        int unsupported = 0;
        long pages = 0;
        Map<String, Integer> byClass = new TreeMap<>();
        if (duplicates > 0) {
            byClass.put(ErrorClass.DUPLICATE.name(), duplicates);
        }
        for (ManifestEntry e : entries) {
            switch (e.status()) {
                case OK -> {
                    ok++;
                    pages += e.pages() == null ? 0 : e.pages();
                }
                case FAILED -> {
                    failed++;
                    byClass.merge(String.valueOf(e.errorClass()), 1, Integer::sum);
                }
                case SKIPPED -> skipped++;
                case UNSUPPORTED -> unsupported++;
            }
        }
        return new RunSummary(entries.size() + duplicates, ok, failed, skipped, unsupported, reused, pages,
                pagesConverted, elapsedMillis, byClass);
    }

    /** 0 when every input is ok, skipped or unsupported; 2 when some failed. */
    @JsonProperty("exitCode")
    public int exitCode() {
        return failed > 0 ? 2 : 0;
    }

    /** Pages this run converted per second of its wall time. */
    @JsonProperty("pagesPerSecond")
    public double pagesPerSecond() {
        return elapsedMillis == 0 ? 0 : Math.round(pagesConverted * 10_000.0 / elapsedMillis) / 10.0;
    }

    /** The one-line summary printed on stderr at the end. */
    public String line() {
        return line("raingan batch");
    }

    /** The same, for another runner of conversions (the Beam pipeline). */
    public String line(String runner) {
        StringBuilder sb = new StringBuilder(runner).append(": ").append(files).append(" files: ")
                .append(ok).append(" ok, ").append(failed).append(" failed");
        if (!failuresByClass.isEmpty()) {
            StringBuilder classes = new StringBuilder();
            failuresByClass.forEach((k, v) ->
                    classes.append(classes.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
            sb.append(" (").append(classes).append(')');
        }
        sb.append(", ").append(skipped).append(" skipped, ").append(unsupported).append(" unsupported; ")
                .append(pages).append(" pages");
        if (reused > 0) {
            sb.append(" (").append(reused).append(" files kept from an earlier run)");
        }
        sb.append(String.format(Locale.ROOT, "; %s, %.1f pages/s", ProgressReporter.clock(elapsedMillis / 1000),
                pagesPerSecond()));
        return sb.toString();
    }
}
