package raingan.ingest.parse.date;

/**
 * The parts of a date expression as printed, not yet checked against the calendar.
 *
 * @param start index of the expression's first char
 * @param end   index after its last char
 * @param day   the day as printed, or {@link #NONE}
 * @param month 1..12 from a month name, the printed number otherwise (may be 13), or {@link #NONE}
 * @param year  the year's ASCII digits as printed (spaces OCR put inside removed), or null
 * @param era   the era marker printed before the year, or null
 */
record DateParts(int start, int end, int day, int month, String year, Era era) {

    static final int NONE = -1;

    boolean hasDay() {
        return day != NONE;
    }

    boolean hasYear() {
        return year != null;
    }
}
