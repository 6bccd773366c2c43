package raingan.testdata.print;

/**
 * One entry of section 2 as printed. Every field is the exact printed text; null means the
 * form printed nothing there.
 *
 * @param number          the entry number, null for an entry printed without one
 * @param date            the date as printed, possibly one that cannot exist
 * @param status          the status as printed, stray markup included
 * @param progress        {@code 6.00} of {@code ความก้าวหน้าของงานฯ = 6.00 %}; null when the
 *                        progress line is missing (then the plan and target lines are too)
 * @param disbursementNo  k of {@code (ครั้งที่ k)}
 * @param disbursed       the amount, {@code 0} or {@code 1,250,000.00}
 * @param plan            {@code เป็นไปตามแผน} or {@code ไม่เป็นไปตามแผน}
 * @param target          {@code เป็นไปตามเป้าหมาย} or {@code ไม่เป็นไปตามเป้าหมาย}
 */
public record PrintedEntry(String number, String date, String status, String progress, String disbursementNo,
                           String disbursed, String plan, String target) {

    /** True when only the number was printed. */
    public boolean empty() {
        return date == null && status == null && progress == null;
    }
}
