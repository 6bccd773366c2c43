package raingan.ingest.parse.date;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the parts of one date expression starting at a given index, by hand rather than by
 * regular expression so that every attempt costs time linear in what it reads.
 *
 * <p>In running text ({@code strict}) only complete dates with a plausible year count, and a
 * numeric date must look like one (day 1..31, month 1..12, no 2-digit year after dots). For a
 * text that is one expression the scanner also returns incomplete parts (a month and year
 * without a day) and impossible numbers, so the caller can say what is wrong.
 */
final class DateScanner {

    /** Years a date in running text may have, in the Common Era. */
    private static final int PLAUSIBLE_FIRST_CE = 1800;
    private static final int PLAUSIBLE_LAST_CE = 2200;

    private record Year(String digits, Era era, int end) {
    }

    private final CharSequence s;
    private final boolean strict;

    /**
     * @param text   text whose Thai digits are already Arabic
     * @param strict true when reading running text
     */
    DateScanner(CharSequence text, boolean strict) {
        this.s = text;
        this.strict = strict;
    }

    /** The date expression starting exactly at {@code start}, or null. */
    DateParts scan(int start) {
        if (start < 0 || start >= s.length()) {
            return null;
        }
        DateParts parts;
        if (Chars.isDigit(s.charAt(start))) {
            parts = fromNumber(start);
        } else {
            parts = strict ? englishMonthFirst(start) : monthFirst(start);
        }
        return parts == null || strict && !plausible(parts) ? null : parts;
    }

    private DateParts fromNumber(int start) {
        int firstEnd = Chars.digitsEnd(s, start);
        int separator = Chars.skipSpaces(s, firstEnd);
        if (separator < s.length() && isNumericSeparator(s.charAt(separator))) {
            DateParts numeric = numeric(start, firstEnd, separator);
            if (numeric != null) {
                return numeric;
            }
        }
        return firstEnd - start <= 2 ? dayThenMonthName(start, firstEnd) : null;
    }

    private static boolean isNumericSeparator(char c) {
        return c == '/' || c == '-' || c == '.';
    }

    /** d/m/y (also with - and .), or y-m-d when the first number has four digits. */
    private DateParts numeric(int start, int firstEnd, int separatorAt) {
        char separator = s.charAt(separatorAt);
        int firstLength = firstEnd - start;
        int secondStart = Chars.skipSpaces(s, separatorAt + 1);
        int secondEnd = Chars.digitsEnd(s, secondStart);
        int secondLength = secondEnd - secondStart;
        int separator2 = Chars.skipSpaces(s, secondEnd);
        if (secondLength < 1 || secondLength > 2 || !Chars.charIs(s, separator2, separator)) {
            return null;
        }
        int thirdStart = Chars.skipSpaces(s, separator2 + 1);
        int month = Chars.value(s, secondStart, secondEnd);
        DateParts parts;
        if (firstLength == 4) {
            int dayEnd = Chars.digitsEnd(s, thirdStart);
            if (dayEnd - thirdStart < 1 || dayEnd - thirdStart > 2) {
                return null;
            }
            String year = s.subSequence(start, firstEnd).toString();
            parts = new DateParts(start, dayEnd, Chars.value(s, thirdStart, dayEnd), month, year, null);
        } else if (firstLength <= 2) {
            Year year = year(thirdStart);
            if (year == null) {
                return null;
            }
            parts = new DateParts(start, year.end(), Chars.value(s, start, firstEnd), month, year.digits(), null);
        } else {
            return null;
        }
        if (strict && !looksNumericDate(parts, separator)) {
            return null;
        }
        return parts;
    }

    /** Rules out section numbers (1.2.10) and pieces of longer codes (1/12/05/2563). */
    private boolean looksNumericDate(DateParts parts, char separator) {
        boolean rangesFit = parts.day() >= 1 && parts.day() <= 31 && parts.month() >= 1 && parts.month() <= 12;
        boolean yearFits = separator != '.' || parts.year().length() == 4;
        int after = parts.end();
        boolean endsHere = !(after + 1 < s.length() && isNumericSeparator(s.charAt(after))
                && Chars.isDigit(s.charAt(after + 1)));
        return rangesFit && yearFits && endsHere;
    }

    /** 27 กุมภาพันธ์ 2563, 1 เดือน ตุลาคม พ.ศ. 2562, 27ก.พ.63, 1 Oct 2019, 1-Oct-19. */
    private DateParts dayThenMonthName(int start, int dayEnd) {
        int p = Chars.skipSpaces(s, ordinalEnd(dayEnd));
        char connector = 0;
        if (Chars.charIs(s, p, '-') || Chars.charIs(s, p, '/')) {
            connector = s.charAt(p);
            p = Chars.skipSpaces(s, p + 1);
        }
        int afterWord = Chars.word(s, p, "เดือน");
        MonthNames.Match month = MonthNames.at(s, afterWord >= 0 ? afterWord : p);
        if (month == null) {
            return null;
        }
        int day = Chars.value(s, start, dayEnd);
        int q = Chars.skipSpaces(s, month.end());
        if (connector != 0) {
            if (!Chars.charIs(s, q, connector)) {
                return null;
            }
            q = Chars.skipSpaces(s, q + 1);
        }
        Year year = yearWithEra(skipComma(q));
        if (year == null) {
            return new DateParts(start, month.end(), day, month.month(), null, null);
        }
        return new DateParts(start, year.end(), day, month.month(), year.digits(), year.era());
    }

    /** Oct 1, 2019 and October 1st 2019; in a single expression also October 2019. */
    private DateParts englishMonthFirst(int start) {
        if (start > 0 && Chars.isLatinLetter(s.charAt(start - 1))) {
            return null;
        }
        MonthNames.Match month = MonthNames.englishAt(s, start);
        if (month == null) {
            return null;
        }
        int p = Chars.skipSpaces(s, month.end());
        int numberEnd = Chars.digitsEnd(s, p);
        int length = numberEnd - p;
        if (length >= 1 && length <= 2) {
            int day = Chars.value(s, p, numberEnd);
            Year year = yearWithEra(skipComma(Chars.skipSpaces(s, ordinalEnd(numberEnd))));
            if (year == null) {
                return new DateParts(start, ordinalEnd(numberEnd), day, month.month(), null, null);
            }
            return new DateParts(start, year.end(), day, month.month(), year.digits(), year.era());
        }
        Year year = yearWithEra(p);
        return year == null ? null
                : new DateParts(start, year.end(), DateParts.NONE, month.month(), year.digits(), year.era());
    }

    /** A month without a day (เดือนตุลาคม พ.ศ. 2562, ตุลาคม 2562), so it can be reported as such. */
    private DateParts monthFirst(int start) {
        int afterWord = Chars.word(s, start, "เดือน");
        MonthNames.Match month = MonthNames.thaiAt(s, afterWord >= 0 ? afterWord : start);
        if (month == null) {
            return afterWord >= 0 ? null : englishMonthFirst(start);
        }
        Year year = yearWithEra(Chars.skipSpaces(s, month.end()));
        if (year == null) {
            return new DateParts(start, month.end(), DateParts.NONE, month.month(), null, null);
        }
        return new DateParts(start, year.end(), DateParts.NONE, month.month(), year.digits(), year.era());
    }

    /** A year with what may stand before it: ปี, an era marker (พ.ศ., ค.ศ.). */
    private Year yearWithEra(int i) {
        int p = i;
        int afterWord = Chars.word(s, p, "ปี");
        if (afterWord >= 0) {
            p = afterWord;
        }
        EraMarkers.Match era = EraMarkers.at(s, p);
        if (era != null) {
            p = era.end();
        }
        Year year = year(p);
        return year == null ? null : new Year(year.digits(), era == null ? null : era.era(), year.end());
    }

    /**
     * The digits of a year at {@code i}. OCR splits years (256 3, 25 63): groups separated by
     * one or two spaces are joined when they make four digits that read as a year, unless the
     * group is the hour of a time.
     */
    private Year year(int i) {
        int firstEnd = Chars.digitsEnd(s, i);
        if (firstEnd == i) {
            return null;
        }
        StringBuilder digits = new StringBuilder(s.subSequence(i, firstEnd));
        int end = firstEnd;
        while (digits.length() < 4) {
            int groupStart = end;
            while (groupStart < s.length() && groupStart - end < 3 && Chars.isInlineSpace(s.charAt(groupStart))) {
                groupStart++;
            }
            int spaces = groupStart - end;
            int groupEnd = Chars.digitsEnd(s, groupStart);
            if (spaces == 0 || spaces > 2 || groupEnd == groupStart || startsClock(groupEnd)) {
                break;
            }
            digits.append(s, groupStart, groupEnd);
            end = groupEnd;
        }
        if (end != firstEnd && digits.length() == 4 && looksLikeSplitYear(digits)) {
            return new Year(digits.toString(), null, end);
        }
        return new Year(s.subSequence(i, firstEnd).toString(), null, firstEnd);
    }

    /** Whether the digits that end at {@code i} are the hour of a time (27/2/25 10:30), not the rest of a year. */
    private boolean startsClock(int i) {
        return (Chars.charIs(s, i, ':') || Chars.charIs(s, i, '.')) && i + 1 < s.length() && Chars.isDigit(s.charAt(i + 1));
    }

    private static boolean looksLikeSplitYear(CharSequence digits) {
        String century = digits.subSequence(0, 2).toString();
        return century.equals("24") || century.equals("25") || century.equals("19") || century.equals("20");
    }

    private boolean plausible(DateParts parts) {
        if (!parts.hasDay() || !parts.hasYear()) {
            return false;
        }
        Optional<PrintedYear> year = PrintedYear.resolve(parts.year(), parts.era());
        return year.isPresent() && year.get().ce() >= PLAUSIBLE_FIRST_CE && year.get().ce() <= PLAUSIBLE_LAST_CE;
    }

    /** After an English ordinal suffix (1st, 22nd, 3rd, 4th) if there is one. */
    private int ordinalEnd(int i) {
        if (i + 2 <= s.length() && Chars.latinWordEnds(s, i + 2)) {
            String suffix = s.subSequence(i, i + 2).toString().toLowerCase(Locale.ROOT);
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                return i + 2;
            }
        }
        return i;
    }

    private int skipComma(int i) {
        return Chars.charIs(s, i, ',') ? Chars.skipSpaces(s, i + 1) : i;
    }
}
