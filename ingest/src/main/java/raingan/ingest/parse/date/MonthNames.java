package raingan.ingest.parse.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import raingan.ingest.thai.ThaiChars;
import raingan.ingest.thai.ThaiMonths;

/**
 * Month names as printed on the forms: Thai full names and their common misspellings, the
 * names cut short without their final คม/ยน/พันธ์ (มีนา), Thai abbreviations with or without
 * dots and spaces (ก.พ., ก.พ, ก. พ., กพ), and English names full or abbreviated.
 */
final class MonthNames {

    /** A month name found: the month 1..12 and the index after the name. */
    record Match(int month, int end) {
    }

    private record Name(String text, int month, boolean cutShort) {
    }

    private static final String[][] THAI_FULL = {
        {"มกราคม"}, {"กุมภาพันธ์", "กุมภาพันธุ์", "กุมภาพันธ"}, {"มีนาคม"}, {"เมษายน"},
        {"พฤษภาคม"}, {"มิถุนายน"}, {"กรกฎาคม", "กรกฏาคม"}, {"สิงหาคม"}, {"กันยายน"},
        {"ตุลาคม"}, {"พฤศจิกายน", "พฤษจิกายน"}, {"ธันวาคม"},
    };
    private static final String[][] THAI_CUT_SHORT = {
        {"มกรา"}, {"กุมภา"}, {"มีนา"}, {"เมษา"}, {"พฤษภา"}, {"มิถุนา"}, {"กรกฎา", "กรกฏา"},
        {"สิงหา"}, {"กันยา"}, {"ตุลา"}, {"พฤศจิกา", "พฤษจิกา"}, {"ธันวา"},
    };
    /** Abbreviations without their dots: ม.ค. is มค. */
    private static final String[] THAI_ABBREVIATIONS =
            ThaiMonths.ABBREVIATIONS.stream().map(a -> a.replace(".", "")).toArray(String[]::new);
    private static final String[] ENGLISH = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    };

    private static final String[] ENGLISH_ABBREVIATIONS = {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
    };
    private static final int[] ENGLISH_ABBREVIATED_MONTHS = {1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12};

    /** Month indices with the longest abbreviation first: มี.ค. must be tried before ม.ค. */
    private static final int[] ABBREVIATIONS_LONGEST_FIRST = java.util.stream.IntStream.range(0, 12).boxed()
            .sorted(Comparator.comparingInt((Integer m) -> THAI_ABBREVIATIONS[m].length()).reversed())
            .mapToInt(Integer::intValue).toArray();

    /** Longest first, so a full name wins over its cut-short form. */
    private static final List<Name> THAI_NAMES = thaiNames();

    private MonthNames() {
    }

    /** The Thai or English month name at {@code i}, or null. */
    static Match at(CharSequence s, int i) {
        Match thai = thaiAt(s, i);
        return thai != null ? thai : englishAt(s, i);
    }

    /** The Thai month name at {@code i}, or null. */
    static Match thaiAt(CharSequence s, int i) {
        if (i >= s.length() || !ThaiChars.isLetter(s.charAt(i))) {
            return null;
        }
        for (Name name : THAI_NAMES) {
            int end = Chars.ocrWord(s, i, name.text());
            // A cut-short name must end the word: ตุลา in ตุลาการ is not October.
            if (end >= 0 && !(name.cutShort() && end < s.length() && ThaiChars.isLetter(s.charAt(end)))) {
                return new Match(name.month(), end);
            }
        }
        for (int m : ABBREVIATIONS_LONGEST_FIRST) {
            int end = Chars.abbreviation(s, i, THAI_ABBREVIATIONS[m]);
            if (end >= 0) {
                return new Match(m + 1, end);
            }
        }
        return null;
    }

    /** The English month name or abbreviation (Sept., Oct) at {@code i}, or null. */
    static Match englishAt(CharSequence s, int i) {
        if (i >= s.length() || !Chars.isLatinLetter(s.charAt(i))) {
            return null;
        }
        for (int m = 0; m < ENGLISH.length; m++) {
            String full = ENGLISH[m];
            if (Chars.latinWord(s, i, full)) {
                return new Match(m + 1, i + full.length());
            }
        }
        for (int k = 0; k < ENGLISH_ABBREVIATIONS.length; k++) {
            String abbreviation = ENGLISH_ABBREVIATIONS[k];
            if (Chars.latinWord(s, i, abbreviation)) {
                int end = i + abbreviation.length();
                return new Match(ENGLISH_ABBREVIATED_MONTHS[k], Chars.charIs(s, end, '.') ? end + 1 : end);
            }
        }
        return null;
    }

    private static List<Name> thaiNames() {
        List<Name> names = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            for (String full : THAI_FULL[m]) {
                names.add(new Name(full, m + 1, false));
            }
            for (String cut : THAI_CUT_SHORT[m]) {
                names.add(new Name(cut, m + 1, true));
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
        return List.copyOf(names);
    }
}
