package raingan.ingest.thai;

/**
 * The character classes of the Thai block (U+0E00–U+0E7F) every stage tests for: the
 * normaliser's repairs, the text-layer score, the parser's OCR tolerance and the date
 * scanner ask the same questions of a character, and get one answer. Pure functions.
 */
public final class ThaiChars {

    private ThaiChars() {
    }

    /** A code point of the Thai block, assigned or not. */
    public static boolean isThai(int c) {
        return c >= 0x0E00 && c <= 0x0E7F;
    }

    /** ก to ฮ, including ฤ and ฦ. */
    public static boolean isConsonant(int c) {
        return c >= 0x0E01 && c <= 0x0E2E;
    }

    /** A consonant, vowel or mark: the Thai block up to the digits, which are not letters. */
    public static boolean isLetter(int c) {
        return c >= 0x0E01 && c <= 0x0E4E;
    }

    /** ๐ to ๙. */
    public static boolean isDigit(int c) {
        return c >= 0x0E50 && c <= 0x0E59;
    }

    /** เ แ โ ใ ไ: vowels written before the consonant they follow in speech. */
    public static boolean isLeadingVowel(int c) {
        return c >= 0x0E40 && c <= 0x0E44;
    }

    /** ะ า ำ ๅ: vowels written after the consonant. */
    public static boolean isFollowingVowel(int c) {
        return c == 0x0E30 || c == 0x0E32 || c == 0x0E33 || c == 0x0E45;
    }

    /** Vowel signs written above (ั ิ ี ึ ื ็) or below (ุ ู ฺ) the consonant, before its tone mark. */
    public static boolean isAboveBelowVowel(int c) {
        return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || c == 0x0E47;
    }

    /** Mai ek, mai tho, mai tri, mai chattawa: ่ ้ ๊ ๋ */
    public static boolean isTone(int c) {
        return c >= 0x0E48 && c <= 0x0E4B;
    }

    /** A tone mark or thanthakhat (์): the marks written after a vowel sign. */
    public static boolean isToneOrThanthakhat(int c) {
        return c >= 0x0E48 && c <= 0x0E4C;
    }

    /** ์ ํ ๎: thanthakhat, nikhahit and yamakkan. */
    public static boolean isOtherMark(int c) {
        return c >= 0x0E4C && c <= 0x0E4E;
    }

    /**
     * Any mark written above or below a letter: the vowel signs, the tone marks and the other
     * marks. These are what OCR drops, swaps and invents most.
     */
    public static boolean isMark(int c) {
        return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
    }

    /** Code points of the Thai block that Unicode leaves unassigned. */
    public static boolean isUnassigned(int c) {
        return c == 0x0E00 || (c >= 0x0E3B && c <= 0x0E3E) || c >= 0x0E5C;
    }
}
