package raingan.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable identifier of each finding's rule (the findings table of shared/spec/OUTPUT.md),
 * written as its {@link #id()}: the audit rules, the parser and the test generator name
 * rules only through these.
 */
public enum RuleId {
    FIELD_MISSING("field.missing"),
    DATE_INVALID("date.invalid"),
    DATE_WEEKDAY_MISMATCH("date.weekday-mismatch"),
    REPORT_EMPTY("report.empty"),
    REPORT_MISSING_PROGRESS("report.missing-progress"),
    REPORT_NUMBERING("report.numbering"),
    REPORT_DATE_ORDER("report.date-order"),
    REPORT_DATE_OUTSIDE_PROJECT("report.date-outside-project"),
    REPORT_PROGRESS_DECREASE("report.progress-decrease"),
    REPORT_PROGRESS_RANGE("report.progress-range"),
    REPORT_FLAG_CONFLICT("report.flag-conflict"),
    BUDGET_OVERSPENT("budget.overspent"),
    BUDGET_DISBURSED_MISMATCH("budget.disbursed-mismatch"),
    PROJECT_DATE_ORDER("project.date-order"),
    PROJECT_FISCAL_YEAR_MISMATCH("project.fiscal-year-mismatch"),
    LIST_NUMBERING("list.numbering"),
    TEXT_SUSPECT_CHARACTERS("text.suspect-characters"),
    OCR_LOW_CONFIDENCE("ocr.low-confidence");

    private final String id;

    RuleId(String id) {
        this.id = id;
    }

    /** The identifier as records print it, e.g. {@code report.flag-conflict}; JSON is read back by it too. */
    @JsonValue
    public String id() {
        return id;
    }
}
