package raingan.ingest.thai;

import static raingan.ingest.thai.ThaiChars.isAboveBelowVowel;
import static raingan.ingest.thai.ThaiChars.isConsonant;
import static raingan.ingest.thai.ThaiChars.isFollowingVowel;
import static raingan.ingest.thai.ThaiChars.isLeadingVowel;
import static raingan.ingest.thai.ThaiChars.isOtherMark;
import static raingan.ingest.thai.ThaiChars.isThai;
import static raingan.ingest.thai.ThaiChars.isTone;
import static raingan.ingest.thai.ThaiChars.isUnassigned;

/**
 * Where a Thai character may stand in a syllable: a vowel sign or tone mark needs a consonant
 * before it, a leading vowel needs a consonant after it. Text with marks out of place was
 * assembled wrongly (detached or doubled marks, legacy-font glyph codes). Pure functions.
 */
public final class ThaiOrthography {

    private ThaiOrthography() {
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
