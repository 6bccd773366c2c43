package raingan.ingest.parse.date;

import java.time.DayOfWeek;

/**
 * What may stand before a single date expression without being its date: วันที่ (with ณ, ลง,
 * เมื่อ or ใน before it and a colon after it), or a weekday (วันพฤหัสบดีที่, เมื่อวันพฤหัสบดีที่,
 * พฤ.). What may follow the date is {@link TimeOfDay}'s.
 */
final class DateAffixes {

    /**
     * Where the date starts, and the weekday printed before it.
     *
     * @param end     the index of the date's first char
     * @param weekday the weekday printed, or null
     */
    record Lead(int end, DayOfWeek weekday) {
    }

    private static final String DAY_WORD = "วัน";
    private static final String DATE_WORD = "วันที่";
    private static final String[] BEFORE_DAY_WORD = {"ณ", "ลง", "เมื่อ", "ใน"};

    private DateAffixes() {
    }

    /** What leads the date expression that starts at {@code i}; {@code end} is {@code i} when nothing does. */
    static Lead lead(CharSequence s, int i) {
        int p = i;
        for (String word : BEFORE_DAY_WORD) {
            int after = Chars.word(s, p, word);
            if (after >= 0 && Chars.startsWith(s, after, DAY_WORD)) {
                p = after;
                break;
            }
        }
        Weekdays.Match weekday = Weekdays.at(s, p, false);
        if (weekday != null) {
            return new Lead(weekday.end(), weekday.day());
        }
        int after = Chars.word(s, p, DATE_WORD);
        if (after < 0) {
            return new Lead(i, null);
        }
        return new Lead(Chars.charIs(s, after, ':') ? Chars.skipSpaces(s, after + 1) : after, null);
    }
}
