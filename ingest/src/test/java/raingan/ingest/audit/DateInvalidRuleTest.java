package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.ingest.audit.Fixtures.entry;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Finding;
import raingan.model.Severity;

class DateInvalidRuleTest {

    private final DateInvalidRule rule = new DateInvalidRule();

    @Test
    void impossibleDateIsReportedAtTheEntrysDate() {
        List<Finding> findings = rule.check(record(
                entry(1, "15/10/2562"),
                entry(2, null).unreadableDate("31/2/2563")));
        assertEquals(List.of(key("date.invalid", "/reports/1/date", Severity.ERROR)), keys(findings));
        assertTrue(findings.get(0).message().contains("Report 2") && findings.get(0).message().contains("31/2/2563"),
                findings.get(0).message());
    }

    @Test
    void readDatesAndAbsentDatesAreFine() {
        assertEquals(List.of(), rule.check(record(
                entry(1, "15/10/2562"),
                entry(2, null).blank(),
                entry(3, "17/12/2562"))));
    }
}
