package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import raingan.model.FieldSource;
import raingan.model.Finding;
import raingan.model.PageMethod;
import raingan.model.RuleId;
import raingan.model.Severity;

class UncertainFindingsTest {

    private static FieldSource read(double confidence) {
        return new FieldSource(2, List.of(650.0, 2300.0, 850.0, 80.0), "px", 300, PageMethod.OCR, confidence);
    }

    private final UncertainFindings uncertain = new UncertainFindings();

    @Test
    void aFindingOnAnUncertainValueSaysSoAndIsAtMostAWarning() {
        Finding decrease = new Finding(RuleId.REPORT_PROGRESS_DECREASE, Severity.ERROR, "/reports/3/progressPercent",
                "Progress goes down from 39 % to 3.9 %.");
        List<Finding> marked = uncertain.mark(List.of(decrease), Map.of("/reports/3", read(0.55)));
        Finding f = marked.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("/reports/3/progressPercent", f.at(), "the finding still points at the value");
        assertTrue(f.message().startsWith("Progress goes down"), f.message());
        assertTrue(f.message().contains("confidence 0.55") && f.message().contains("page 2"), f.message());
    }

    @Test
    void findingsOnSureValuesOrTextLayersOrNoProvenanceAreUnchanged() {
        Finding conflict = new Finding(RuleId.REPORT_FLAG_CONFLICT, Severity.ERROR, "/reports/1", "Cancelled on plan.");
        assertEquals(List.of(conflict), uncertain.mark(List.of(conflict), Map.of("/reports/1", read(0.93))));
        FieldSource layer = new FieldSource(1, List.of(1.0, 2.0, 3.0, 4.0), "pt", null, PageMethod.TEXT, null);
        assertEquals(List.of(conflict), uncertain.mark(List.of(conflict), Map.of("/reports/1", layer)));
        assertEquals(List.of(conflict), uncertain.mark(List.of(conflict), null));
        Finding info = new Finding(RuleId.LIST_NUMBERING, Severity.INFO, "/project/targets", "Numbered 1 1 2.");
        assertEquals(Severity.INFO, uncertain.mark(List.of(info), Map.of("/project/targets", read(0.4))).get(0)
                .severity());
    }
}
