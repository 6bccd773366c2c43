package raingan.ingest.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiDictionaryTest {

    private static final ThaiDictionary DICTIONARY = new ThaiDictionary();

    @ParameterizedTest
    @ValueSource(strings = {"โครงการ", "สำหรับ", "ดำเนิน", "ครั้ง", "ที่", "น้ำ", "ประมาณ", "ก้าวหน้า"})
    void knowsTheWordsOfAReport(String word) {
        assertTrue(DICTIONARY.contains(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"สาหรับ", "ดาเนินการ", "ครัง้", "ทีร่", "โครงการพัฒนา", "project", "", "โครง\u0E3B"})
    void rejectsDamagedWordsPhrasesAndOtherScripts(String text) {
        assertFalse(DICTIONARY.contains(text), text);
    }

    @Test
    void walkCompletesAWordWithOneCharacterChangedOrPutBack() {
        // สาหรับ with its า read as ำ, and สหรับ with the lost ำ put back after ส, are สำหรับ.
        ThaiDictionary.Walk damaged = DICTIONARY.walk();
        assertTrue(damaged.next('ส'));
        assertTrue(damaged.completes('ำ', "สาหรับ", 2));
        assertTrue(damaged.completes('ำ', "สหรับ", 1));
        assertFalse(damaged.completes('ำ', "สาหรับ", 1), "ส + ำ + าหรับ is no word");
        // Trying a completion leaves the walk where it was: ส then ำ still leads on to สำหรับ.
        assertTrue(damaged.next('ำ'));
        assertTrue(damaged.next('ห'));
    }

    @Test
    void walkStopsWhereNoWordBeginsAsTheTextDoes() {
        ThaiDictionary.Walk walk = DICTIONARY.walk();
        String text = "ขฃก";
        int stepped = 0;
        while (stepped < text.length() && walk.next(text.charAt(stepped))) {
            stepped++;
        }
        assertEquals(1, stepped, "ข begins words, ขฃ none (ฃ is obsolete)");
        assertFalse(walk.next('ก'), "a stopped walk stays stopped");
        assertFalse(walk.completes('ำ', "", 0));
    }

    @Test
    void walkIsTheSameJudgeAsContains() {
        for (String word : new String[] {"โครงการ", "สำหรับ", "ที่", "สาหรับ", "ครัง้", "project"}) {
            ThaiDictionary.Walk walk = DICTIONARY.walk();
            boolean alive = true;
            for (int i = 0; i < word.length() - 1 && alive; i++) {
                alive = walk.next(word.charAt(i));
            }
            boolean viaWalk = alive && walk.completes(word.charAt(word.length() - 1), word, word.length());
            assertEquals(DICTIONARY.contains(word), viaWalk, word);
        }
    }
}
