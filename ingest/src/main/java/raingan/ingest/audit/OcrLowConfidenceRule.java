package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import raingan.model.Finding;
import raingan.model.PageSource;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code ocr.low-confidence}: a page was OCR'd with a mean word confidence below
 * {@link #THRESHOLD}, so its text (and every field read from it) deserves a look.
 */
public final class OcrLowConfidenceRule implements AuditRule {

    /** Mean word confidence (0..1) below which a page is reported. */
    public static final double THRESHOLD = 0.70;

    @Override
    public List<Finding> check(ReportRecord record) {
        if (record.source() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<PageSource> pages = record.source().pages();
        for (int i = 0; i < pages.size(); i++) {
            Double confidence = pages.get(i).ocrConfidence();
            if (confidence != null && confidence < THRESHOLD) {
                findings.add(new Finding(RuleId.OCR_LOW_CONFIDENCE, Severity.WARNING, "/source/pages/" + i,
                        String.format(Locale.ROOT, "Page %d was read by OCR with a mean confidence of %.2f,"
                                        + " below %.2f; compare the fields read from it with the scan.",
                                pages.get(i).number(), confidence, THRESHOLD)));
            }
        }
        return findings;
    }
}
