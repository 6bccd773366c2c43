package raingan.testdata.generate;

import raingan.model.RuleId;

/**
 * An inconsistency the generator can plant in a report, with the finding a perfect reader
 * and auditor must then report. Most are found by the audit rules from the record alone;
 * those marked {@link #byReader()} can only be seen on the printed page (a repeated list
 * number, stray markup), so the generator adds their findings itself.
 */
public enum DefectKind {
    CANCELLED_ON_PLAN(RuleId.REPORT_FLAG_CONFLICT),
    SUSPENDED_ON_PLAN(RuleId.REPORT_FLAG_CONFLICT),
    COMPLETED_UNDER_100(RuleId.REPORT_FLAG_CONFLICT),
    PROGRESS_DECREASE(RuleId.REPORT_PROGRESS_DECREASE),
    PROGRESS_OUT_OF_RANGE(RuleId.REPORT_PROGRESS_RANGE),
    DATE_BACKWARDS(RuleId.REPORT_DATE_ORDER),
    DATE_BEFORE_PROJECT(RuleId.REPORT_DATE_OUTSIDE_PROJECT),
    IMPOSSIBLE_DATE(RuleId.DATE_INVALID),
    ENTRY_WITHOUT_NUMBER(RuleId.REPORT_NUMBERING),
    NUMBER_SKIPPED(RuleId.REPORT_NUMBERING),
    NUMBER_REPEATED(RuleId.REPORT_NUMBERING),
    EMPTY_ENTRY(RuleId.REPORT_EMPTY),
    MISSING_PROGRESS(RuleId.REPORT_MISSING_PROGRESS),
    OVERSPENT(RuleId.BUDGET_OVERSPENT),
    DISBURSEMENT_MISMATCH(RuleId.BUDGET_DISBURSED_MISMATCH),
    END_BEFORE_START(RuleId.PROJECT_DATE_ORDER),
    START_OUTSIDE_FISCAL_YEAR(RuleId.PROJECT_FISCAL_YEAR_MISMATCH),
    SUSPECT_CHARACTER(RuleId.TEXT_SUSPECT_CHARACTERS),
    LIST_NUMBERING(RuleId.LIST_NUMBERING),
    STRAY_MARKUP(RuleId.TEXT_SUSPECT_CHARACTERS);

    private final RuleId rule;

    DefectKind(RuleId rule) {
        this.rule = rule;
    }

    /** The rule whose finding it must raise. */
    public RuleId rule() {
        return rule;
    }

    /** True when only a reader of the print can know it, so the generator writes the finding. */
    public boolean byReader() {
        return this == LIST_NUMBERING || this == STRAY_MARKUP;
    }
}
