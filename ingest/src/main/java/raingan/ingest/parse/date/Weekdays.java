package raingan.ingest.parse.date;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import raingan.ingest.thai.ThaiChars;

/**
 * Weekday names as printed before a date: Thai names with or without วัน and a following ที่
 * (วันพฤหัสบดีที่, วันพฤหัส, พฤหัสบดี), read through OCR's dropped and added marks; the
 * abbreviations จ. อ. พ. พฤ. ศ. ส. อา.; English names (Thursday, Thu., Thurs). A comma may
 * follow any of them.
 */
final class Weekdays {

    /** A weekday found: the day, and the index after it and what may follow it (ที่, a comma, spaces). */
    record Match(DayOfWeek day, int end) {
    }

    private record Name(String text, DayOfWeek day) {
    }

    private static final String DAY_WORD = "วัน";
    private static final String ORDINAL_WORD = "ที่";
    /** By {@link DayOfWeek}, Monday first. พฤหัส is Thursday as it is said, and often printed. */
    private static final String[][] THAI = {
        {"จันทร์"}, {"อังคาร"}, {"พุธ"}, {"พฤหัสบดี", "พฤหัส"}, {"ศุกร์"}, {"เสาร์"}, {"อาทิตย์"},
    };
    /** Without their dots, as {@link Chars#abbreviation} takes them. */
    private static final String[][] THAI_ABBREVIATIONS = {{"จ"}, {"อ"}, {"พ"}, {"พฤ"}, {"ศ"}, {"ส"}, {"อา"}};
    private static final String[][] ENGLISH = {
        {"monday", "mon"}, {"tuesday", "tues", "tue"}, {"wednesday", "wed"},
        {"thursday", "thurs", "thur", "thu"}, {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"},
    };
    /** The letters a Thai weekday can start with: a cheap test before trying the names at every letter of a text. */
    private static final String THAI_FIRST_LETTERS = "วจอพศสเ";

    /** Longest first, so that พฤหัสบดี wins over พฤหัส, พฤ. over พ. and อา. over อ. */
    private static final List<Name> THAI_NAMES = longestFirst(THAI);
    private static final List<Name> THAI_ABBREVIATED = longestFirst(THAI_ABBREVIATIONS);
    private static final List<Name> ENGLISH_NAMES = longestFirst(ENGLISH);

    private Weekdays() {
    }

    /**
     * The weekday at {@code i}, or null. A name after วัน may be joined to the word before it
     * (เมื่อวันพฤหัสบดีที่); a bare name or an abbreviation must start a word, so the จ. of a
     * province or the อ. of a district inside a longer word is never a weekday.
     *
     * @param strict true in running text, where an abbreviation counts only with its dot: a lone
     *               จ or ส there is more often something else than a day; before a single date
     *               expression (พฤ 1 ต.ค. 63) it can only be the day
     */
    static Match at(CharSequence s, int i, boolean strict) {
        if (i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        boolean startsWord = i == 0 || !Chars.isAlphanumeric(s.charAt(i - 1));
        if (Chars.isLatinLetter(c)) {
            return startsWord ? english(s, i) : null;
        }
        if (THAI_FIRST_LETTERS.indexOf(c) < 0) {
            return null;
        }
        int afterDayWord = Chars.ocrWord(s, i, DAY_WORD);
        if (afterDayWord >= 0) {
            Match named = thaiName(s, Chars.skipSpaces(s, afterDayWord));
            if (named != null) {
                return named;
            }
        }
        if (!startsWord) {
            return null;
        }
        Match named = thaiName(s, i);
        return named != null ? named : thaiAbbreviation(s, i, strict);
    }

    private static Match thaiName(CharSequence s, int i) {
        for (Name name : THAI_NAMES) {
            int end = Chars.ocrWord(s, i, name.text());
            if (end >= 0) {
                int afterOrdinal = Chars.ocrWord(s, Chars.skipSpaces(s, end), ORDINAL_WORD);
                return new Match(name.day(), afterComma(s, afterOrdinal >= 0 ? afterOrdinal : end));
            }
        }
        return null;
    }

    /**
     * An abbreviation standing as a word of its own: the ส. of ส.ค. (August), the พ. of พ.ศ. and
     * the จ. of จ.เชียงใหม่ are the first letters of other abbreviations and words.
     */
    private static Match thaiAbbreviation(CharSequence s, int i, boolean strict) {
        for (Name name : THAI_ABBREVIATED) {
            int end = Chars.abbreviation(s, i, name.text());
            boolean ownWord = end > 0 && !(end < s.length() && ThaiChars.isLetter(s.charAt(end)));
            if (ownWord && (!strict || s.charAt(end - 1) == '.')) {
                return new Match(name.day(), afterComma(s, end));
            }
        }
        return null;
    }

    private static Match english(CharSequence s, int i) {
        for (Name name : ENGLISH_NAMES) {
            if (Chars.latinWord(s, i, name.text())) {
                int end = i + name.text().length();
                return new Match(name.day(), afterComma(s, Chars.charIs(s, end, '.') ? end + 1 : end));
            }
        }
        return null;
    }

    private static int afterComma(CharSequence s, int i) {
        int p = Chars.skipSpaces(s, i);
        return Chars.charIs(s, p, ',') ? Chars.skipSpaces(s, p + 1) : p;
    }

    private static List<Name> longestFirst(String[][] byDay) {
        List<Name> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (String text : byDay[day.ordinal()]) {
                names.add(new Name(text, day));
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
        return List.copyOf(names);
    }
}
