package raingan.ingest.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiOrthographyTest {

    @ParameterizedTest
    @CsvSource({
        "ครั้งที่ สำนัก น้ำ ศักดิ์ เกาะ, 0",
        "ต่ํา สํานัก,                    0",   // sara am decomposed, as Tesseract writes it
        "ที ่,                            1",   // a tone mark after a space
        "ที่่,                            1",   // a doubled tone mark
        "เ กาะ,                          1",   // a leading vowel with no consonant after it
        "ัน,                             1",   // a vowel sign at the start
        "า,                              1",
        "\u0E3Bก,                        1",   // unassigned in the Thai block
    })
    void countsMarksWhereThaiSpellingCannotPutThem(String text, int misplaced) {
        assertEquals(misplaced, ThaiOrthography.misplaced(text));
    }
}
