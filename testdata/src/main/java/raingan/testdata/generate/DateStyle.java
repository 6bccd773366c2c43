package raingan.testdata.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The ways the BMA form prints a date. Each style formats a day, month and Common-Era year
 * that need not make a real date, so that an impossible date such as 31/2/2563 can be
 * printed exactly as a careless typist would have.
 */
public enum DateStyle {
    /** {@code 2019-10-01 00:00:00}: the system's own export of project dates. */
    ISO_DATETIME,
    /** {@code 15/7/2563}. */
    SLASH,
    /** {@code 15/07/2563}. */
    SLASH_PADDED,
    /** {@code 27 กุมภาพันธ์ 2563}. */
    FULL_MONTH,
    /** {@code 27 ก.พ. 63}. */
    ABBREVIATED,
    /** {@code ๒๗ ก.พ. ๒๕๖๓}. */
    THAI_DIGITS,
    /** {@code วันที่ 1 ตุลาคม พ.ศ. 2562}. */
    WITH_PREFIX;

    /** Styles an entry's date may take (no ISO time stamp, no วันที่ prefix inside an entry line). */
    public static final List<DateStyle> ENTRY_STYLES =
            List.of(SLASH, SLASH, SLASH_PADDED, FULL_MONTH, ABBREVIATED, THAI_DIGITS);

    static final List<String> MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
            "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");

    static final List<String> MONTHS_SHORT = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
            "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");

    private static final int BE_OFFSET = 543;

    public String format(LocalDate date) {
        return format(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** The printed form of a day/month/year that may not exist (31 February). */
    public String format(int day, int month, int ceYear) {
        int be = ceYear + BE_OFFSET;
        return switch (this) {
            case ISO_DATETIME -> String.format(Locale.ROOT, "%04d-%02d-%02d 00:00:00", ceYear, month, day);
            case SLASH -> day + "/" + month + "/" + be;
            case SLASH_PADDED -> String.format(Locale.ROOT, "%02d/%02d/%d", day, month, be);
            case FULL_MONTH -> day + " " + MONTHS.get(month - 1) + " " + be;
            case ABBREVIATED -> day + " " + MONTHS_SHORT.get(month - 1) + " " + String.format(Locale.ROOT, "%02d", be % 100);
            case THAI_DIGITS -> ThaiNumerals.of(day + " " + MONTHS_SHORT.get(month - 1) + " " + be);
            case WITH_PREFIX -> "วันที่ " + day + " " + MONTHS.get(month - 1) + " พ.ศ. " + be;
        };
    }
}
