package raingan.ingest.parse.date;

/**
 * What may stand before a single date expression without being part of it: a leading
 * วันที่ / ลงวันที่ / ณ วันที่. What may follow the date is {@link TimeOfDay}'s.
 */
final class DateAffixes {

    private static final String DATE_WORD = "วันที่";
    private static final String[] BEFORE_DATE_WORD = {"ณ", "ลง", "เมื่อ"};

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
}
