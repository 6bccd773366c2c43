package raingan.ingest.parse.date;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import raingan.ingest.normalise.ThaiDigits;

/**
 * Reads the dates printed on the forms, in the Buddhist or the Common Era, in Thai or Arabic
 * digits: 15/10/2562, 27/2/63, 2019-10-01 00:00:00, 27 กุมภาพันธ์ 2563, 27 ก.พ. 63,
 * ๒๗ ก.พ. ๒๕๖๓, วันที่ 1 ตุลาคม พ.ศ. 2562, 1 October 2019, Oct 1, 2019, and as officials write
 * them, with the weekday in front and the time after: วันพฤหัสบดีที่ 1 ตุลาคม 2563 เวลา 10.00 น.,
 * อา. ๔ ต.ค. ๒๕๖๓, 15 กรกฎาคม 2565 9:5:7.
 *
 * <p>Years follow the output contract: an explicit พ.ศ. or ค.ศ. wins; otherwise a 2-digit
 * year is BE 25xx, a 4-digit year of 2400 or more is BE and one below 2400 is CE. A date
 * that cannot exist (31/2/2563) is reported, never rolled over. Stateless and thread-safe;
 * no method throws for bad input.
 */
public final class BuddhistDateParser {

    /**
     * Reads {@code text} as one date expression, allowing white space around it, a leading
     * วันที่ / ลงวันที่ / ณ วันที่ or weekday, and a trailing time of day. A weekday that the date
     * does not fall on is kept in the reading for its {@link DateReading#warning()}; a time is
     * only checked, the reading has the date alone.
     *
     * @param text the expression; null gives a reading with a problem and a null text
     * @return the date, or a problem: not a date, not a full date, a date or a time that
     *         cannot exist
     */
    public DateReading parse(String text) {
        if (text == null) {
            return DateReading.failed(null, "no date: the text is null");
        }
        String trimmed = strip(text);
        if (trimmed.isEmpty()) {
            return DateReading.failed(trimmed, "no date: the text is blank");
        }
        String digits = ThaiDigits.toArabic(trimmed);
        DateAffixes.Lead lead = DateAffixes.lead(digits, 0);
        DateParts parts = new DateScanner(digits, false).scan(lead.end());
        if (parts == null) {
            return DateReading.failed(trimmed, "not a date: '" + trimmed + "'");
        }
        TimeOfDay.Match time = TimeOfDay.after(digits, parts.end());
        int end = Chars.skipSpaces(digits, time.end());
        if (end < digits.length()) {
            return DateReading.failed(trimmed, "not a date: '" + trimmed + "' goes on after the date with '"
                    + trimmed.substring(end) + "'");
        }
        DateReading reading = CalendarCheck.read(trimmed, parts, lead.weekday());
        if (reading.ok() && time.impossible() != null) {
            return DateReading.failed(trimmed, "the time " + time.impossible() + " does not exist");
        }
        return reading;
    }

    /**
     * Finds the date expressions in running text, in order and without overlap. A numeric
     * date counts only with day, month and a plausible year (so {@code ที่ กท 1902/00555} and
     * {@code 771/2563} are not dates), and a year alone ({@code พ.ศ. 2563}) or a month and
     * year are not dates. A date-shaped expression that cannot exist (31/2/2563) is returned
     * with a reading that is not ok.
     *
     * @param text running text; null or blank gives an empty list
     * @return the matches; each span excludes words such as ลงวันที่ before the date, and
     *         includes a weekday printed right before it (เมื่อวันพฤหัสบดีที่ 1 ตุลาคม 2563
     *         spans วันพฤหัสบดีที่ 1 ตุลาคม 2563)
     */
    public List<DateMatch> findAll(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String digits = ThaiDigits.toArabic(text);
        DateScanner scanner = new DateScanner(digits, true);
        List<DateMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < digits.length()) {
            Weekdays.Match weekday = Weekdays.at(digits, i, true);
            DateParts afterWeekday = weekday == null ? null : scanner.scan(weekday.end());
            DateParts parts = afterWeekday != null ? afterWeekday : mayStartDate(digits, i) ? scanner.scan(i) : null;
            if (parts == null) {
                i++;
                continue;
            }
            String printed = text.substring(i, parts.end());
            DayOfWeek printedWeekday = afterWeekday != null ? weekday.day() : null;
            matches.add(new DateMatch(i, parts.end(), CalendarCheck.read(printed, parts, printedWeekday)));
            i = parts.end();
        }
        return List.copyOf(matches);
    }

    /**
     * Whether a date may start at {@code i}: a number that is not the tail of another number or
     * code (00555 in 1902/00555, 250 in 1,250,000), or a Latin word (Oct 1, 2019).
     */
    private static boolean mayStartDate(String s, int i) {
        char c = s.charAt(i);
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        if (Chars.isLatinLetter(c)) {
            return !Chars.isLatinLetter(before);
        }
        if (!Chars.isDigit(c) || Chars.isDigit(before) || Chars.isLatinLetter(before)) {
            return false;
        }
        // A hyphen may join a range (10-12 มีนาคม 2563); the other joiners continue a number.
        boolean joined = before == '/' || before == '.' || before == ',' || before == ':';
        return !(joined && i > 1 && Chars.isAlphanumeric(s.charAt(i - 2)));
    }

    private static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Chars.isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && Chars.isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }
}
