package raingan.ingest.parse.date;

/**
 * What may stand around a single date expression without being part of it: a leading
 * วันที่ / ลงวันที่ / ณ วันที่ and a trailing time of day (00:00:00, T10:30:00Z, 10:30 น.,
 * เวลา 10.30 น.).
 */
final class DateAffixes {

    private static final String DATE_WORD = "วันที่";
    private static final String[] BEFORE_DATE_WORD = {"ณ", "ลง", "เมื่อ"};
    private static final String[] HOUR_WORDS = {"นาฬิกา", "น.", "น"};

    private DateAffixes() {
    }

    /** The index after a leading วันที่ (with ณ, ลง or เมื่อ before it and a colon after), or {@code i}. */
    static int afterLeadingWords(CharSequence s, int i) {
        int p = i;
        for (String word : BEFORE_DATE_WORD) {
            int after = Chars.word(s, p, word);
            if (after >= 0 && Chars.startsWith(s, after, DATE_WORD)) {
                p = after;
                break;
            }
        }
        int after = Chars.word(s, p, DATE_WORD);
        if (after < 0) {
            return i;
        }
        return Chars.charIs(s, after, ':') ? Chars.skipSpaces(s, after + 1) : after;
    }

    /** The index after a time of day that follows the date ending at {@code i}, or {@code i}. */
    static int afterTime(CharSequence s, int i) {
        int p = Chars.charIs(s, i, 'T') ? i + 1 : Chars.skipSpaces(s, i);
        if (p == i) {
            return i;
        }
        int afterWord = Chars.word(s, p, "เวลา");
        if (afterWord >= 0) {
            p = afterWord;
        }
        int hourEnd = Chars.digitsEnd(s, p);
        if (hourEnd - p < 1 || hourEnd - p > 2 || Chars.value(s, p, hourEnd) > 24) {
            return i;
        }
        char separator = hourEnd < s.length() ? s.charAt(hourEnd) : 0;
        if (separator != ':' && separator != '.') {
            return i;
        }
        int end = twoDigits(s, hourEnd + 1, 59);
        if (end < 0) {
            return i;
        }
        if (Chars.charIs(s, end, separator)) {
            int secondsEnd = twoDigits(s, end + 1, 60);
            if (secondsEnd >= 0) {
                end = secondsEnd;
                if (separator == ':' && Chars.charIs(s, end, '.') && Chars.digitsEnd(s, end + 1) > end + 1) {
                    end = Chars.digitsEnd(s, end + 1);
                }
            }
        }
        end = afterZone(s, end);
        int q = Chars.skipSpaces(s, end);
        for (String word : HOUR_WORDS) {
            if (Chars.startsWith(s, q, word)) {
                return q + word.length();
            }
        }
        return end;
    }

    /** After Z or an offset +07:00 / +0700, or {@code i}. */
    private static int afterZone(CharSequence s, int i) {
        if (Chars.charIs(s, i, 'Z')) {
            return i + 1;
        }
        if (!Chars.charIs(s, i, '+') && !Chars.charIs(s, i, '-')) {
            return i;
        }
        int hours = twoDigits(s, i + 1, 18);
        if (hours < 0) {
            return i;
        }
        int minutesStart = Chars.charIs(s, hours, ':') ? hours + 1 : hours;
        int minutes = twoDigits(s, minutesStart, 59);
        return minutes < 0 ? hours : minutes;
    }

    /** The index after exactly two digits at {@code i} worth at most {@code max}, or -1. */
    private static int twoDigits(CharSequence s, int i, int max) {
        int end = Chars.digitsEnd(s, i);
        return end - i == 2 && Chars.value(s, i, end) <= max ? end : -1;
    }
}
