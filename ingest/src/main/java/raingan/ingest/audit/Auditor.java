package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.ReportRecord;

/** Runs every audit rule over a record, in a fixed order, so findings come out the same every time. */
public final class Auditor {

    private final List<AuditRule> rules;

    public Auditor(List<AuditRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The rules of shared/spec/OUTPUT.md's findings table that look at the finished record
     * (list.numbering and the info findings for repaired text come from the parser): the
     * project's presence first, then each entry on its own, then entries against each
     * other, the budget, the project's dates, the text, and last how the pages were read.
     */
    public static Auditor standard() {
        return new Auditor(List.of(
                new FieldMissingRule(),
                new DateInvalidRule(),
                new ReportEmptyRule(),
                new ReportMissingProgressRule(),
                new ReportFlagConflictRule(),
                new ReportNumberingRule(),
                new ReportDateOrderRule(),
                new ReportDateOutsideProjectRule(),
                new ProgressDecreaseRule(),
                new ProgressRangeRule(),
                new BudgetOverspentRule(),
                new DisbursedMismatchRule(),
                new ProjectDateOrderRule(),
                new FiscalYearMismatchRule(),
                new SuspectCharactersRule(),
                new OcrLowConfidenceRule()));
    }

    /** Every rule's findings for {@code record}, rule by rule in the order given; never null. */
    public List<Finding> audit(ReportRecord record) {
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : rules) {
            findings.addAll(rule.check(record));
        }
        return findings;
    }
}
