package raingan.ingest.thai;

import java.util.List;

/**
 * The Thai abbreviations of the months, January first, as the forms print them. The date parser
 * reads them; OCR asks whether what it read in a date is one.
 */
public final class ThaiMonths {

    /** ม.ค. … ธ.ค., with their dots. */
    public static final List<String> ABBREVIATIONS = List.of(
            "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");

    private ThaiMonths() {
    }

    /** Whether {@code word} is a month's abbreviation, its last dot optional (ก.พ and ก.พ.). */
    public static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.contains(word) || ABBREVIATIONS.contains(word + ".");
    }
}
