package raingan.ingest.audit;

import java.math.BigDecimal;
import java.util.List;
import raingan.model.Finding;
import raingan.model.Project;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code budget.disbursed-mismatch}: the disbursements of the report entries do not add
 * up to the amount the project says it spent, by more than {@link #TOLERANCE} (rounding
 * of satang on the printed form). Reprinted disbursements count once (see
 * {@link Disbursements}). Not checked when nothing was spent or nothing disbursed is printed.
 */
public final class DisbursedMismatchRule implements AuditRule {

    public static final BigDecimal TOLERANCE = BigDecimal.ONE;

    @Override
    public List<Finding> check(ReportRecord record) {
        Project project = record.project();
        if (project == null || project.budgetSpent() == null) {
            return List.of();
        }
        BigDecimal disbursed = Disbursements.total(record.reports());
        if (disbursed == null) {
            return List.of();
        }
        BigDecimal spent = project.budgetSpent();
        if (disbursed.subtract(spent).abs().compareTo(TOLERANCE) <= 0) {
            return List.of();
        }
        return List.of(new Finding(RuleId.BUDGET_DISBURSED_MISMATCH, Severity.WARNING, "/project/budgetSpent",
                "The report entries disburse " + Wording.baht(disbursed) + " in total but the project reports "
                        + Wording.baht(spent) + " spent; check the disbursed amounts against the budget spent."));
    }
}
