package raingan.ingest.parse.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * One date expression as read: either a date or a problem saying why there is none.
 *
 * @param text    the expression as given (trimmed); null only when the input was null
 * @param date    the date in the ISO calendar; null when the text is not a date or names a
 *                date that cannot exist
 * @param problem a short English sentence when {@code date} is null, otherwise null
 * @param weekday the weekday printed before the date (วันพฤหัสบดีที่, พฤ., Thursday), or null;
 *                it may disagree with {@code date}, see {@link #warning()}
 */
public record DateReading(String text, LocalDate date, String problem, DayOfWeek weekday) {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** @throws IllegalArgumentException unless exactly one of date and problem is given */
    public DateReading {
        if ((date == null) == (problem == null)) {
            throw new IllegalArgumentException("a reading has either a date or a problem: "
                    + date + " / " + problem);
        }
    }

    /** A reading of a date printed without a weekday. */
    public DateReading(String text, LocalDate date, String problem) {
        this(text, date, problem, null);
    }

    static DateReading of(String text, LocalDate date, DayOfWeek weekday) {
        return new DateReading(text, date, null, weekday);
    }

    static DateReading failed(String text, String problem) {
        return new DateReading(text, null, problem);
    }

    public boolean ok() {
        return date != null;
    }

    /**
     * Why a date that was read may still be misprinted: the weekday printed is not the one the
     * date falls on. Either of the two can be the mistake, so the date is kept and this says so.
     *
     * @return a short English sentence ("1 October 2020 (BE 2563) is a Thursday, not a
     *         Wednesday"), or null when the weekday agrees or none was printed
     */
    public String warning() {
        if (date == null || weekday == null || date.getDayOfWeek() == weekday) {
            return null;
        }
        int be = ThaiBuddhistDate.from(date).get(ChronoField.YEAR_OF_ERA);
        return date.format(DAY_MONTH_YEAR) + " (BE " + be + ") is a " + name(date.getDayOfWeek())
                + ", not a " + name(weekday);
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
