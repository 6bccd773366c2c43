package raingan.ingest.parse.date;

import java.util.Optional;
import raingan.model.FiscalYear;

/**
 * A year as printed, placed in its era by the output contract's rule: an explicit era marker
 * wins; otherwise a 2-digit year is BE 25xx, a 4-digit year of 2400 or more is BE and one
 * below 2400 is CE.
 *
 * @param value the year counted in {@code era} (2563, or 2019), a 2-digit year expanded
 * @param era   the era {@code value} counts in
 */
record PrintedYear(int value, Era era) {

    private static final int FIRST_BE_YEAR_WITHOUT_MARKER = 2400;

    /**
     * Places the printed digits in an era; empty when they are not 2 or 4 digits, or name a
     * year before year 1 CE.
     *
     * @param digits  ASCII digits as printed
     * @param marker  the era printed before the year (พ.ศ., ค.ศ.), or null
     */
    static Optional<PrintedYear> resolve(String digits, Era marker) {
        if (digits == null || !(digits.length() == 2 || digits.length() == 4)) {
            return Optional.empty();
        }
        int n = Integer.parseInt(digits);
        PrintedYear year;
        if (digits.length() == 2) {
            // พ.ศ. 63 is 2563; ค.ศ. 19 can only mean 2019.
            year = marker == Era.CE ? new PrintedYear(2000 + n, Era.CE) : new PrintedYear(2500 + n, Era.BE);
        } else if (marker != null) {
            year = new PrintedYear(n, marker);
        } else {
            year = new PrintedYear(n, n >= FIRST_BE_YEAR_WITHOUT_MARKER ? Era.BE : Era.CE);
        }
        return year.ce() >= 1 ? Optional.of(year) : Optional.empty();
    }

    /** The same year in the Common Era. */
    int ce() {
        return era == Era.BE ? value - FiscalYear.BE_OFFSET : value;
    }

    @Override
    public String toString() {
        return value + " " + era;
    }
}
