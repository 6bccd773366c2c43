package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static raingan.ingest.audit.Fixtures.SUSPENDED;
import static raingan.ingest.audit.Fixtures.entry;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Severity;
import raingan.model.StatusCategory;

class ReportMissingProgressRuleTest {

    private final ReportMissingProgressRule rule = new ReportMissingProgressRule();

    @Test
    void datedEntryWithStatusButNoProgressIsReported() {
        assertEquals(List.of(key("report.missing-progress", "/reports/1", Severity.WARNING)), keys(rule.check(record(
                entry(1, "17/2/2563").progress(5.0),
                entry(2, "17/3/2563").status("ชะลอการดำเนินการโครงการฯ ตามประกาศ", StatusCategory.SUSPENDED)
                        .progress(null).flags(null, null)))));
    }

    @Test
    void unreadableDateStillCountsAsDated() {
        assertEquals(List.of(key("report.missing-progress", "/reports/0", Severity.WARNING)), keys(rule.check(record(
                entry(1, null).unreadableDate("3l/3/2563").progress(null)))));
    }

    @Test
    void entriesWithProgressOrWithoutDateOrStatusAreFine() {
        assertEquals(List.of(), rule.check(record(
                entry(1, "19/5/2563").status(SUSPENDED, StatusCategory.SUSPENDED).progress(6.0),
                entry(2, null).progress(null),
                entry(3, "17/6/2563").status(null, null).progress(null),
                entry(4, null).blank())));
    }
}
