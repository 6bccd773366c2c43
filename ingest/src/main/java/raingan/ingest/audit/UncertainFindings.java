package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import raingan.model.FieldSource;
import raingan.model.Finding;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * Tells which findings rest on a value OCR was unsure of. A finding whose value (its {@code at},
 * or the nearest value above it: an entry for its progress) was read with a confidence below
 * {@link #THRESHOLD} says so in its message, naming the confidence, and is at most a warning: an
 * auditor should look at the page before acting on it. Its {@code at} is unchanged. Pure.
 */
public final class UncertainFindings {

    /**
     * Below this a line's recognition confidence marks its values uncertain. Measured on the
     * generated scans: lines whose values came out wrong mostly lie below it, right ones above.
     */
    public static final double THRESHOLD = 0.80;

    private final double threshold;

    public UncertainFindings() {
        this(THRESHOLD);
    }

    public UncertainFindings(double threshold) {
        this.threshold = threshold;
    }

    /** The findings, those resting on uncertain values marked; unchanged when there is no provenance. */
    public List<Finding> mark(List<Finding> findings, Map<String, FieldSource> provenance) {
        if (provenance == null || provenance.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            FieldSource source = f.rule() == RuleId.OCR_LOW_CONFIDENCE ? null : sourceOf(f.at(), provenance);
            Double confidence = source == null ? null : source.confidence();
            if (confidence == null || confidence >= threshold) {
                out.add(f);
                continue;
            }
            Severity severity = f.severity() == Severity.ERROR ? Severity.WARNING : f.severity();
            out.add(new Finding(f.rule(), severity, f.at(), f.message() + String.format(Locale.ROOT,
                    " The value at %s was read by OCR with confidence %.2f (page %d): check it on the page before"
                            + " relying on this finding.", f.at(), confidence, source.page())));
        }
        return out;
    }

    /** The source of the value at {@code at}, or of the nearest value that holds it. */
    private static FieldSource sourceOf(String at, Map<String, FieldSource> provenance) {
        for (String p = at; !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
            FieldSource s = provenance.get(p);
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
