package raingan.ingest.audit;

import java.math.BigDecimal;
import java.util.List;
import raingan.model.Finding;
import raingan.model.Project;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code budget.overspent}: the project spent, or its entries disbursed, more than the
 * budget it received. A received budget of 0 or less is not checked: many projects are
 * printed with 0 received before the money is allocated.
 */
public final class BudgetOverspentRule implements AuditRule {

    @Override
    public List<Finding> check(ReportRecord record) {
        Project project = record.project();
        if (project == null || project.budgetReceived() == null || project.budgetReceived().signum() <= 0) {
            return List.of();
        }
        BigDecimal received = project.budgetReceived();
        BigDecimal spent = project.budgetSpent();
        if (spent != null && spent.compareTo(received) > 0) {
            return List.of(new Finding(RuleId.BUDGET_OVERSPENT, Severity.ERROR, "/project/budgetSpent",
                    "The project reports " + Wording.baht(spent) + " spent but received only "
                            + Wording.baht(received) + "; check both budget figures."));
        }
        BigDecimal disbursed = Disbursements.total(record.reports());
        if (disbursed != null && disbursed.compareTo(received) > 0) {
            return List.of(new Finding(RuleId.BUDGET_OVERSPENT, Severity.ERROR, "/project/budgetSpent",
                    "The report entries disburse " + Wording.baht(disbursed) + " in total but the project received only "
                            + Wording.baht(received) + "; check the disbursed amounts."));
        }
        return List.of();
    }
}
