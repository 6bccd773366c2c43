package raingan.ingest.parse;

import java.time.LocalDate;
import raingan.model.FiscalYear;

/**
 * A date on a progress report of fiscal year N lies within a few years of N; one decades off
 * was misprinted or misread (OCR reads ๖ as ๒, turning 2561 into 2521), and using it would
 * put every entry "outside the project". Such a date counts as unreadable: the field is
 * null and a {@code date.invalid} finding says why, rather than a cascade of false findings.
 */
final class DatePlausibility {

    /** Multi-year projects start years before the fiscal year they report on; not decades. */
    static final int MAX_YEARS_FROM_FISCAL_YEAR = 15;
    /** A project's start and end lie within a few years of each other. */
    static final int MAX_PROJECT_YEARS = 5;

    private DatePlausibility() {
    }

    /** Why {@code date} cannot be right on a report of {@code fiscalYear}, or null when it can. */
    static String problem(LocalDate date, FiscalYear fiscalYear) {
        if (date == null || fiscalYear == null) {
            return null;
        }
        int distance = Math.abs(date.getYear() - fiscalYear.ce());
        if (distance <= MAX_YEARS_FROM_FISCAL_YEAR) {
            return null;
        }
        return "it falls in " + (date.getYear() + FiscalYear.BE_OFFSET) + " BE, " + distance
                + " years from fiscal year " + fiscalYear.be() + ": misprinted or misread";
    }
}
