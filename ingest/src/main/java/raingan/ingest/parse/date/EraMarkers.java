package raingan.ingest.parse.date;

/**
 * Era markers printed before a year: พ.ศ. (and พ.ศ, พศ., พ. ศ.) and ค.ศ., or the eras' names
 * in full as formal documents print them (พุทธศักราช ๒๕๖๓, คริสต์ศักราช 2020).
 */
final class EraMarkers {

    /** An era marker found: its era and the index after it and the spaces that follow. */
    record Match(Era era, int end) {
    }

    private static final String[] BUDDHIST_ERA_NAMES = {"พุทธศักราช"};
    private static final String[] COMMON_ERA_NAMES = {"คริสต์ศักราช", "คริสตศักราช"};

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
        Match named = named(s, i, BUDDHIST_ERA_NAMES, Era.BE);
        return named != null ? named : named(s, i, COMMON_ERA_NAMES, Era.CE);
    }

    private static Match named(CharSequence s, int i, String[] names, Era era) {
        for (String name : names) {
            int end = Chars.ocrWord(s, i, name);
            if (end >= 0) {
                return new Match(era, Chars.skipSpaces(s, end));
            }
        }
        return null;
    }
}
