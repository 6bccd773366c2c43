package raingan.ingest.parse.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** Turns the printed parts of a date into a date, or into the reason there is none. */
final class CalendarCheck {

    private CalendarCheck() {
    }

    /**
     * Reads the parts against the calendar; never rolls an impossible date over.
     *
     * @param text    the expression as printed, quoted in problems
     * @param weekday the weekday printed before the date, or null; kept in the reading as printed
     */
    static DateReading read(String text, DateParts parts, DayOfWeek weekday) {
        if (!parts.hasDay()) {
            return DateReading.failed(text, "not a full date: '" + text + "' has no day");
        }
        if (!parts.hasYear()) {
            return DateReading.failed(text, "not a full date: '" + text + "' has no year");
        }
        Optional<PrintedYear> resolved = PrintedYear.resolve(parts.year(), parts.era());
        if (resolved.isEmpty()) {
            return DateReading.failed(text, "cannot read the year '" + parts.year() + "' in '" + text
                    + "': a year has 2 digits (BE 25xx) or 4");
        }
        PrintedYear year = resolved.get();
        if (parts.month() < 1 || parts.month() > 12) {
            return DateReading.failed(text, "month " + parts.month() + " does not exist: '" + text + "'");
        }
        try {
            return DateReading.of(text, toDate(parts.day(), parts.month(), year), weekday);
        } catch (DateTimeException e) {
            String month = Month.of(parts.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return DateReading.failed(text, parts.day() + " " + month + " " + year + " does not exist");
        }
    }

    /** @throws DateTimeException if the day is not in the month of that year */
    private static LocalDate toDate(int day, int month, PrintedYear year) {
        if (year.era() == Era.BE) {
            return LocalDate.from(ThaiBuddhistChronology.INSTANCE.date(year.value(), month, day));
        }
        return LocalDate.of(year.value(), month, day);
    }
}
