package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.project;
import static raingan.ingest.audit.Fixtures.record;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Finding;
import raingan.model.Severity;

class ProjectDateOrderRuleTest {

    private final ProjectDateOrderRule rule = new ProjectDateOrderRule();

    @Test
    void endBeforeStartIsAnError() {
        List<Finding> findings = rule.check(record(project().dates(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 9, 29))));
        assertEquals(List.of(key("project.date-order", "/project/endDate", Severity.ERROR)), keys(findings));
        assertTrue(findings.get(0).message().contains("2019-09-29") && findings.get(0).message().contains("2019-10-01"),
                findings.get(0).message());
    }

    @Test
    void orderedSameDayOrMissingDatesAreFine() {
        assertEquals(List.of(), rule.check(record(project())));
        assertEquals(List.of(), rule.check(record(project().dates(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 1)))));
        assertEquals(List.of(), rule.check(record(project().dates(null, LocalDate.of(2019, 9, 29)))));
    }
}
