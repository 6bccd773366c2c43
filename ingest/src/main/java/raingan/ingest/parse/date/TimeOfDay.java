package raingan.ingest.parse.date;

import java.time.DateTimeException;
import java.time.LocalTime;

/**
 * A time of day printed after a date: ISO (T10:30:00Z, 00:00:00.0, +07:00), H:M[:S] (9:5:7),
 * the Thai clock with or without เวลา and its word for the hour (10.30 น., เวลา ๑๐.๐๐ น.,
 * 10.30 นาฬิกา, 10 นาฬิกา 30 นาที), the 12-hour clock (10:30 AM, 2.15 p.m.), and a span of
 * two (เวลา 09.00 - 12.00 น.). The record keeps dates only: a time is read to know where the
 * expression ends and whether it can exist.
 */
final class TimeOfDay {

    /**
     * What followed a date.
     *
     * @param end        the index after the time, or the date's end when no time follows
     * @param impossible a clock time as printed (digits Arabic) that cannot exist (25:61), or null
     */
    record Match(int end, String impossible) {
    }

    private record Clock(int end, boolean exists) {
    }

    /** Longest first; ประมาณ is "about", as reports of meetings and events often time them. */
    private static final String[] TIME_WORDS = {"ตั้งแต่เวลา", "เวลาประมาณ", "ณ เวลา", "เวลา", "ประมาณ"};
    private static final String[] SPAN_WORDS = {"-", "\u2013", "\u2014", "ถึง"};
    private static final String HOUR_WORD = "นาฬิกา";
    private static final String MINUTE_WORD = "นาที";
    private static final String SECOND_WORD = "วินาที";
    private static final String HOUR_ABBREVIATION = "น";
    private static final int MAX_OFFSET_HOURS = 18;

    private TimeOfDay() {
    }

    /** The time of day after the date that ends at {@code i}, in text whose digits are Arabic. */
    static Match after(CharSequence s, int i) {
        boolean iso = Chars.charIs(s, i, 'T');
        int p = iso ? i + 1 : Chars.skipSpaces(s, i);
        if (Chars.charIs(s, p, ',')) {
            p = Chars.skipSpaces(s, p + 1);
        }
        if (p == i) {
            // Digits glued to the year (15/10/256210:30) are no time but a misprint.
            return new Match(i, null);
        }
        int start = afterTimeWord(s, p);
        Clock first = clock(s, start, iso);
        if (first == null) {
            return new Match(i, null);
        }
        String impossible = first.exists() ? null : printed(s, start, first.end());
        int end = first.end();
        int afterSpan = afterSpanWord(s, Chars.skipSpaces(s, end));
        if (afterSpan >= 0) {
            int secondStart = afterTimeWord(s, afterSpan);
            Clock second = clock(s, secondStart, false);
            if (second != null) {
                end = second.end();
                if (impossible == null && !second.exists()) {
                    impossible = printed(s, secondStart, end);
                }
            }
        }
        return new Match(end, impossible);
    }

    /**
     * H:M[:S[.fraction]] or H.M[.S], with AM/PM or a word for the hour after it; or an hour
     * alone, which counts only with its word (10 นาฬิกา [30 นาที], 10 น.). Null when there is
     * no time at {@code i}.
     */
    private static Clock clock(CharSequence s, int i, boolean iso) {
        int hourEnd = Chars.digitsEnd(s, i);
        if (hourEnd - i < 1 || hourEnd - i > 2) {
            return null;
        }
        int hour = Chars.value(s, i, hourEnd);
        char separator = charAt(s, hourEnd);
        if ((separator == ':' || separator == '.') && Chars.isDigit(charAt(s, hourEnd + 1))) {
            return withMinutes(s, hour, hourEnd, iso);
        }
        int wordAt = Chars.skipSpaces(s, hourEnd);
        if (Chars.startsWith(s, wordAt, HOUR_WORD)) {
            return minutesInWords(s, hour, wordAt + HOUR_WORD.length());
        }
        int word = Chars.abbreviation(s, wordAt, HOUR_ABBREVIATION);
        return word >= 0 ? new Clock(word, exists(hour, 0, 0)) : null;
    }

    /** The minutes and seconds after the separator at {@code hourEnd}, and what may follow them. */
    private static Clock withMinutes(CharSequence s, int hour, int hourEnd, boolean iso) {
        char separator = s.charAt(hourEnd);
        int minuteEnd = Chars.digitsEnd(s, hourEnd + 1);
        if (minuteEnd - hourEnd - 1 > 2) {
            return null;
        }
        int minute = Chars.value(s, hourEnd + 1, minuteEnd);
        int end = minuteEnd;
        int second = 0;
        if (Chars.charIs(s, end, separator) && Chars.isDigit(charAt(s, end + 1))) {
            int secondEnd = Chars.digitsEnd(s, end + 1);
            if (secondEnd - end - 1 > 2) {
                return null;
            }
            second = Chars.value(s, end + 1, secondEnd);
            end = secondEnd;
            if (separator == ':' && Chars.charIs(s, end, '.') && Chars.isDigit(charAt(s, end + 1))) {
                end = Chars.digitsEnd(s, end + 1);
            }
        }
        if (separator == ':') {
            end = afterZone(s, end, iso);
        }
        return suffixed(s, end, hour, minute, second);
    }

    /** A clock whose numbers end at {@code end}, with AM/PM or นาฬิกา / น. after them if printed. */
    private static Clock suffixed(CharSequence s, int end, int hour, int minute, int second) {
        int wordAt = Chars.skipSpaces(s, end);
        int afterAm = afterMeridiem(s, wordAt, "am");
        int afterPm = afterAm < 0 ? afterMeridiem(s, wordAt, "pm") : -1;
        if (afterAm >= 0 || afterPm >= 0) {
            boolean twelveHour = hour >= 1 && hour <= 12;
            int hour24 = hour % 12 + (afterPm >= 0 ? 12 : 0);
            return new Clock(Math.max(afterAm, afterPm), twelveHour && exists(hour24, minute, second));
        }
        int word = afterHourWord(s, wordAt);
        return new Clock(word >= 0 ? word : end, exists(hour, minute, second));
    }

    /** What may follow 10 นาฬิกา, which ends at {@code i}: 30 นาที, then 15 วินาที. */
    private static Clock minutesInWords(CharSequence s, int hour, int i) {
        int minuteStart = Chars.skipSpaces(s, i);
        int minuteWordEnd = numberAndWordEnd(s, minuteStart, MINUTE_WORD);
        if (minuteWordEnd < 0) {
            return new Clock(i, exists(hour, 0, 0));
        }
        int minute = Chars.value(s, minuteStart, Chars.digitsEnd(s, minuteStart));
        int secondStart = Chars.skipSpaces(s, minuteWordEnd);
        int secondWordEnd = numberAndWordEnd(s, secondStart, SECOND_WORD);
        if (secondWordEnd < 0) {
            return new Clock(minuteWordEnd, exists(hour, minute, 0));
        }
        int second = Chars.value(s, secondStart, Chars.digitsEnd(s, secondStart));
        return new Clock(secondWordEnd, exists(hour, minute, second));
    }

    /** The end of a 1- or 2-digit number at {@code i} followed by {@code word}, or -1. */
    private static int numberAndWordEnd(CharSequence s, int i, String word) {
        int numberEnd = Chars.digitsEnd(s, i);
        if (numberEnd == i || numberEnd - i > 2) {
            return -1;
        }
        int wordAt = Chars.skipSpaces(s, numberEnd);
        return Chars.startsWith(s, wordAt, word) ? wordAt + word.length() : -1;
    }

    /**
     * Whether the clock shows a real time. 24:00 is allowed: notices print เวลา 24.00 น. for
     * the day's last moment, which ISO 8601 also writes so.
     */
    private static boolean exists(int hour, int minute, int second) {
        if (hour == 24) {
            return minute == 0 && second == 0;
        }
        try {
            LocalTime.of(hour, minute, second);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** After นาฬิกา, น. or a น that ends its word, at {@code i}; or -1. */
    private static int afterHourWord(CharSequence s, int i) {
        if (Chars.startsWith(s, i, HOUR_WORD)) {
            return i + HOUR_WORD.length();
        }
        return Chars.abbreviation(s, i, HOUR_ABBREVIATION);
    }

    /** After AM or PM ({@code letters} "am" or "pm") written in any case, with or without dots (a.m.), at {@code i}; or -1. */
    private static int afterMeridiem(CharSequence s, int i, String letters) {
        if (Chars.latinWord(s, i, letters)) {
            return Chars.charIs(s, i + 2, '.') ? i + 3 : i + 2;
        }
        boolean dotted = i + 3 < s.length() && Character.toLowerCase(s.charAt(i)) == letters.charAt(0)
                && s.charAt(i + 1) == '.' && Character.toLowerCase(s.charAt(i + 2)) == letters.charAt(1)
                && s.charAt(i + 3) == '.';
        return dotted ? i + 4 : -1;
    }

    /** After Z, or an offset +07:00 / +0700; an offset with a minus only in an ISO time, where it cannot start a span. */
    private static int afterZone(CharSequence s, int i, boolean iso) {
        if (Chars.charIs(s, i, 'Z')) {
            return i + 1;
        }
        if (!Chars.charIs(s, i, '+') && !(iso && Chars.charIs(s, i, '-'))) {
            return i;
        }
        int hours = twoDigits(s, i + 1, MAX_OFFSET_HOURS);
        if (hours < 0) {
            return i;
        }
        int minutesStart = Chars.charIs(s, hours, ':') ? hours + 1 : hours;
        int minutes = twoDigits(s, minutesStart, 59);
        return minutes < 0 ? hours : minutes;
    }

    private static int afterTimeWord(CharSequence s, int i) {
        for (String word : TIME_WORDS) {
            int after = Chars.word(s, i, word);
            if (after >= 0) {
                return after;
            }
        }
        return i;
    }

    private static int afterSpanWord(CharSequence s, int i) {
        for (String word : SPAN_WORDS) {
            int after = Chars.word(s, i, word);
            if (after >= 0) {
                return after;
            }
        }
        return -1;
    }

    /** The index after exactly two digits at {@code i} worth at most {@code max}, or -1. */
    private static int twoDigits(CharSequence s, int i, int max) {
        int end = Chars.digitsEnd(s, i);
        return end - i == 2 && Chars.value(s, i, end) <= max ? end : -1;
    }

    private static char charAt(CharSequence s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private static String printed(CharSequence s, int from, int to) {
        return s.subSequence(from, to).toString().strip();
    }
}
