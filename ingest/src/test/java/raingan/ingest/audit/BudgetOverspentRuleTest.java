package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.ingest.audit.Fixtures.entry;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.project;
import static raingan.ingest.audit.Fixtures.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Finding;
import raingan.model.Severity;

class BudgetOverspentRuleTest {

    private final BudgetOverspentRule rule = new BudgetOverspentRule();

    @Test
    void spendingMoreThanReceivedIsAnError() {
        List<Finding> findings = rule.check(record(project().budget("1250000.50", "1300000")));
        assertEquals(List.of(key("budget.overspent", "/project/budgetSpent", Severity.ERROR)), keys(findings));
        assertTrue(findings.get(0).message().contains("1,300,000.00 THB")
                && findings.get(0).message().contains("1,250,000.50 THB"), findings.get(0).message());
    }

    @Test
    void disbursingMoreThanReceivedIsAnError() {
        assertEquals(List.of(key("budget.overspent", "/project/budgetSpent", Severity.ERROR)), keys(rule.check(record(
                project().budget("100000", null),
                entry(1, "15/10/2562").disbursed(1, "60000"), entry(2, "18/11/2562").disbursed(2, "50000")))));
    }

    @Test
    void reprintedDisbursementIsCountedOnce() {
        assertEquals(List.of(), rule.check(record(project().budget("100000", "60000"),
                entry(1, "15/10/2562").disbursed(1, "60000"), entry(2, "18/11/2562").disbursed(1, "60000.00"))));
    }

    @Test
    void withinBudgetOrNothingReceivedIsFine() {
        assertEquals(List.of(), rule.check(record(project().budget("500000", "500000"),
                entry(1, "15/10/2562").disbursed(1, "500000"))));
        assertEquals(List.of(), rule.check(record(project().budget("0", "0"),
                entry(1, "15/10/2562").disbursed(1, "0"))));
        assertEquals(List.of(), rule.check(record(project().budget("0", "20000"),
                entry(1, "15/10/2562").disbursed(1, "20000"))));
        assertEquals(List.of(), rule.check(record(project().budget(null, "20000"))));
    }
}
