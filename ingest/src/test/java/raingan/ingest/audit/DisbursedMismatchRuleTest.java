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

class DisbursedMismatchRuleTest {

    private final DisbursedMismatchRule rule = new DisbursedMismatchRule();

    @Test
    void disbursementsThatDoNotAddUpAreReported() {
        List<Finding> findings = rule.check(record(project().budget("500000", "150000"),
                entry(1, "15/10/2562").disbursed(1, "100000"), entry(2, "18/11/2562").disbursed(2, "40000")));
        assertEquals(List.of(key("budget.disbursed-mismatch", "/project/budgetSpent", Severity.WARNING)),
                keys(findings));
        assertTrue(findings.get(0).message().contains("140,000.00 THB")
                && findings.get(0).message().contains("150,000.00 THB"), findings.get(0).message());
    }

    @Test
    void reprintCountsOnceButUnnumberedAndDifferentAmountsCountEach() {
        // 1: 100000 (reprinted in entry 2), unnumbered 20000 twice, 3: 5000 and 3: 7000 -> 152000
        assertEquals(List.of(), rule.check(record(project().budget("500000", "152000"),
                entry(1, "15/10/2562").disbursed(1, "100000"), entry(2, "18/11/2562").disbursed(1, "100000"),
                entry(3, "17/12/2562").disbursed(null, "20000"), entry(4, "17/1/2563").disbursed(null, "20000"),
                entry(5, "17/2/2563").disbursed(3, "5000"), entry(6, "17/3/2563").disbursed(3, "7000"))));
    }

    @Test
    void differenceOfOneBahtIsRounding() {
        assertEquals(List.of(), rule.check(record(project().budget("500000", "100001"),
                entry(1, "15/10/2562").disbursed(1, "100000"))));
        assertEquals(1, rule.check(record(project().budget("500000", "100001.01"),
                entry(1, "15/10/2562").disbursed(1, "100000"))).size());
    }

    @Test
    void nothingToCompareIsFine() {
        assertEquals(List.of(), rule.check(record(project().budget("500000", null),
                entry(1, "15/10/2562").disbursed(1, "100000"))));
        assertEquals(List.of(), rule.check(record(project().budget("500000", "100000"),
                entry(1, "15/10/2562"), entry(2, null).blank())));
    }
}
