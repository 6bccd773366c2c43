package raingan.ingest.parse.date;

/** Era markers printed before a year: พ.ศ. (and พ.ศ, พศ., พ. ศ.) and ค.ศ. */
final class EraMarkers {

    /** An era marker found: its era and the index after it and the spaces that follow. */
    record Match(Era era, int end) {
    }

    private EraMarkers() {
    }

    /** The era marker at {@code i}, or null. */
    static Match at(CharSequence s, int i) {
        int end = Chars.abbreviation(s, i, "พศ");
        if (end >= 0) {
            return new Match(Era.BE, Chars.skipSpaces(s, end));
        }
        end = Chars.abbreviation(s, i, "คศ");
        if (end >= 0) {
            return new Match(Era.CE, Chars.skipSpaces(s, end));
        }
        return null;
    }
}
