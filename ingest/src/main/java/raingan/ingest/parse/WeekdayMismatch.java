package raingan.ingest.parse;

import java.util.Optional;
import raingan.ingest.parse.date.DateReading;
import raingan.model.Finding;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code date.weekday-mismatch}: a date printed with a weekday it does not fall on (วันพุธที่
 * 1 ตุลาคม 2563 is a Thursday). Either of the two may be the misprint, so the date is kept and
 * the finding only warns. The parser raises it because only the parser saw the weekday: the
 * record keeps no weekdays, and keeps no print at all of the project's and the cited documents'
 * dates.
 */
final class WeekdayMismatch {

    private WeekdayMismatch() {
    }

    /** The warning for the date read into the field at {@code at}, when its printed weekday disagrees. */
    static Optional<Finding> check(String at, DateReading reading) {
        String warning = reading == null ? null : reading.warning();
        if (warning == null) {
            return Optional.empty();
        }
        return Optional.of(new Finding(RuleId.DATE_WEEKDAY_MISMATCH, Severity.WARNING, at,
                "The printed date '" + reading.text() + "' names a weekday the date does not fall on: " + warning
                        + ". The date is kept; check which of the two was misprinted."));
    }
}
