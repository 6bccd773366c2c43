package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.extract.layout.Box;

class LineTokensTest {

    private static OcrWord word(String text, double left, double right) {
        return new OcrWord(text, new Box(left, 0, right, 40), 0.9);
    }

    @Test
    void thaiWrittenWithoutSpacesButIteratedByCharacterGetsTheBoxOfItsCharacters() {
        String text = "ครั้งที่ ๒๕๒๓";
        List<OcrWord> words = List.of(word("ค", 0, 30), word("รั้", 30, 60), word("ง", 60, 90), word("ที่", 90, 120),
                word("๒", 140, 170), word("๕", 170, 200), word("๒", 200, 230), word("๓", 230, 260));
        List<LineTokens.Token> tokens = LineTokens.of(text, words);
        assertEquals(2, tokens.size());
        assertEquals("ครั้งที่", tokens.get(0).text());
        assertEquals(new Box(0, 0, 120, 40), tokens.get(0).box());
        assertEquals(new Box(140, 0, 260, 40), tokens.get(1).box());
        assertEquals("ครั้งที่  ๒๕๖๓", LineTokens.replaced("ครั้งที่  ๒๕๒๓", LineTokens.of("ครั้งที่  ๒๕๒๓", words),
                List.of("ครั้งที่", "๒๕๖๓")));
    }

    @Test
    void aWordTheTextDoesNotHoldLeavesOnlyItsOwnRunWithoutABox() {
        List<LineTokens.Token> tokens = LineTokens.of("ก ข", List.of(word("@", 0, 10), word("ข", 20, 30)));
        assertNull(tokens.get(0).box());
        assertEquals(new Box(20, 0, 30, 40), tokens.get(1).box());
    }
}
