package raingan.ingest.thai;

/**
 * Where a Thai character may stand in a syllable: a vowel sign or tone mark needs a consonant
 * before it, a leading vowel needs a consonant after it. Text with marks out of place was
 * assembled wrongly (detached or doubled marks, legacy-font glyph codes). Pure functions.
 */
public final class ThaiOrthography {

    private ThaiOrthography() {
    }

    public static boolean isThai(int c) {
        return c >= 0x0E00 && c <= 0x0E7F;
    }

    public static boolean isConsonant(int c) {
        return c >= 0x0E01 && c <= 0x0E2E;
    }

    public static boolean isLeadingVowel(int c) {
        return c >= 0x0E40 && c <= 0x0E44;
    }

    /** Vowel signs written above or below the consonant: ั ิ ี ึ ื ุ ู ฺ ็ */
    public static boolean isAboveBelowVowel(int c) {
        return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || c == 0x0E47;
    }

    /** Tone marks ่ ้ ๊ ๋ */
    public static boolean isTone(int c) {
        return c >= 0x0E48 && c <= 0x0E4B;
    }

    /** ์ ํ ๎: cancellation and nikhahit marks. */
    public static boolean isOtherMark(int c) {
        return c >= 0x0E4C && c <= 0x0E4E;
    }

    /** ะ า ำ ๅ: vowels written after the consonant. */
    public static boolean isFollowingVowel(int c) {
        return c == 0x0E30 || c == 0x0E32 || c == 0x0E33 || c == 0x0E45;
    }

    /** Code points of the Thai block that Unicode leaves unassigned. */
    public static boolean isUnassigned(int c) {
        return c == 0x0E00 || (c >= 0x0E3B && c <= 0x0E3E) || c >= 0x0E5C;
    }

    /** How many Thai characters of {@code text} stand where Thai spelling cannot put them. */
    public static int misplaced(CharSequence text) {
        int bad = 0;
        int prev = ' ';
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int c = text.charAt(i);
            int next = i + 1 < n ? text.charAt(i + 1) : ' ';
            if (isThai(c) && !fits(prev, c, next, i >= 2 ? text.charAt(i - 2) : ' ')) {
                bad++;
            }
            prev = c;
        }
        return bad;
    }

    private static boolean fits(int prev, int c, int next, int beforePrev) {
        if (isUnassigned(c)) {
            return false;
        }
        if (isLeadingVowel(c)) {
            return isConsonant(next);
        }
        if (isAboveBelowVowel(c)) {
            return isConsonant(prev);
        }
        if (isTone(c)) {
            return isConsonant(prev) || (isAboveBelowVowel(prev) && isConsonant(beforePrev))
                    || prev == 0x0E4D; // ต่ํา written with nikhahit before the tone
        }
        if (isOtherMark(c)) {
            return isConsonant(prev) || isAboveBelowVowel(prev) || isTone(prev);
        }
        if (isFollowingVowel(c)) {
            return isConsonant(prev) || isTone(prev) || prev == 0x0E4D // ํา: sara am as Tesseract writes it
                    || (c == 0x0E30 && prev == 0x0E32); // เกาะ
        }
        return true; // consonants, digits, ฯ ๆ ฿ and the other signs stand anywhere
    }
}
