package raingan.ingest.parse.date;

import java.time.LocalDate;

/**
 * One date expression as read: either a date or a problem saying why there is none.
 *
 * @param text    the expression as given (trimmed); null only when the input was null
 * @param date    the date in the ISO calendar; null when the text is not a date or names a
 *                date that cannot exist
 * @param problem a short English sentence when {@code date} is null, otherwise null
 */
public record DateReading(String text, LocalDate date, String problem) {

    /** @throws IllegalArgumentException unless exactly one of date and problem is given */
    public DateReading {
        if ((date == null) == (problem == null)) {
            throw new IllegalArgumentException("a reading has either a date or a problem: "
                    + date + " / " + problem);
        }
    }

    static DateReading of(String text, LocalDate date) {
        return new DateReading(text, date, null);
    }

    static DateReading failed(String text, String problem) {
        return new DateReading(text, null, problem);
    }

    public boolean ok() {
        return date != null;
    }
}
