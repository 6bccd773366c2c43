package raingan.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
