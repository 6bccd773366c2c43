package raingan.ingest.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThaiCharsTest {

    @Test
    void everyMarkIsAVowelSignAToneOrAnotherMark() {
        for (int c = 0x0E00; c <= 0x0E7F; c++) {
            boolean parts = ThaiChars.isAboveBelowVowel(c) || ThaiChars.isTone(c) || ThaiChars.isOtherMark(c);
            assertEquals(parts, ThaiChars.isMark(c), Integer.toHexString(c));
            if (ThaiChars.isMark(c) || ThaiChars.isConsonant(c) || ThaiChars.isLeadingVowel(c)) {
                assertTrue(ThaiChars.isLetter(c), Integer.toHexString(c));
            }
        }
    }

    @Test
    void digitsAndSignsAreThaiButNotLetters() {
        assertTrue(ThaiChars.isThai('๕'));
        assertFalse(ThaiChars.isLetter('๕'));
        assertFalse(ThaiChars.isMark('า'));
        assertTrue(ThaiChars.isFollowingVowel('า'));
        assertTrue(ThaiChars.isToneOrThanthakhat('์'));
        assertFalse(ThaiChars.isThai('a'));
        assertTrue(ThaiChars.isUnassigned(0x0E3B));
    }
}
