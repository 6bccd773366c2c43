package raingan.testdata.generate;

/**
 * An inconsistency the generator can plant in a report, with the finding a perfect reader
 * and auditor must then report. Most are found by the audit rules from the record alone;
 * those marked {@link #byReader()} can only be seen on the printed page (a repeated list
 * number, stray markup), so the generator adds their findings itself.
 */
public enum DefectKind {
    CANCELLED_ON_PLAN("report.flag-conflict"),
    SUSPENDED_ON_PLAN("report.flag-conflict"),
    COMPLETED_UNDER_100("report.flag-conflict"),
    PROGRESS_DECREASE("report.progress-decrease"),
    PROGRESS_OUT_OF_RANGE("report.progress-range"),
    DATE_BACKWARDS("report.date-order"),
    DATE_BEFORE_PROJECT("report.date-outside-project"),
    IMPOSSIBLE_DATE("date.invalid"),
    ENTRY_WITHOUT_NUMBER("report.numbering"),
    NUMBER_SKIPPED("report.numbering"),
    NUMBER_REPEATED("report.numbering"),
    EMPTY_ENTRY("report.empty"),
    MISSING_PROGRESS("report.missing-progress"),
    OVERSPENT("budget.overspent"),
    DISBURSEMENT_MISMATCH("budget.disbursed-mismatch"),
    END_BEFORE_START("project.date-order"),
    START_OUTSIDE_FISCAL_YEAR("project.fiscal-year-mismatch"),
    SUSPECT_CHARACTER("text.suspect-characters"),
    LIST_NUMBERING("list.numbering"),
    STRAY_MARKUP("text.suspect-characters");

    private final String rule;

    DefectKind(String rule) {
        this.rule = rule;
    }

    /** The finding's rule name (shared/spec/OUTPUT.md). */
    public String rule() {
        return rule;
    }

    /** True when only a reader of the print can know it, so the generator writes the finding. */
    public boolean byReader() {
        return this == LIST_NUMBERING || this == STRAY_MARKUP;
    }
}
