package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static raingan.ingest.audit.Fixtures.entry;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Severity;

class ReportEmptyRuleTest {

    private final ReportEmptyRule rule = new ReportEmptyRule();

    @Test
    void numberedEntryWithNothingElseIsEmpty() {
        assertEquals(List.of(key("report.empty", "/reports/1", Severity.WARNING)), keys(rule.check(record(
                entry(1, "15/10/2562"),
                entry(2, null).blank(),
                entry(3, "18/11/2562")))));
    }

    @Test
    void entriesWithContentOrWithoutNumberAreNotReported() {
        assertEquals(List.of(), rule.check(record(
                entry(1, "15/10/2562"),
                entry(2, null).blank().progress(2.0),
                entry(null, null).blank())));
    }
}
