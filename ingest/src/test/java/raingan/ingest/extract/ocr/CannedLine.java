package raingan.ingest.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import raingan.ingest.extract.layout.Box;

/**
 * A line of words as Tesseract gave them, each 100 px wide with its own ink word under it: for
 * the tests of which words are read again, where the second reading is given, not recognised.
 */
record CannedLine(List<LineTokens.Token> tokens, List<List<Box>> ink) {

    static CannedLine of(List<String> words) {
        List<LineTokens.Token> tokens = new ArrayList<>();
        List<List<Box>> ink = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < words.size(); i++) {
            Box box = new Box(i * 120, 0, i * 120 + 100, 40);
            tokens.add(new LineTokens.Token(start, start + words.get(i).length(), words.get(i), box));
            ink.add(List.of(box));
            start += words.get(i).length() + 1;
        }
        return new CannedLine(tokens, ink);
    }
}
