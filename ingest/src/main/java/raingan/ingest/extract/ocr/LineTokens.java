package raingan.ingest.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import raingan.ingest.extract.layout.Box;

/**
 * A line of Tesseract's text cut at its spaces, each run with the box of Tesseract's words in
 * it. Tesseract's words are not the text's: it writes Thai without spaces but iterates it
 * character by character.
 */
final class LineTokens {

    /**
     * One run of the text between spaces.
     *
     * @param start where it starts in the text
     * @param end   where it ends
     * @param box   the box of the words in it, or null when none lines up with it
     */
    record Token(int start, int end, String text, Box box) {
    }

    private LineTokens() {
    }

    /** The runs of {@code text}, each with the box of the words found in it in order. */
    static List<Token> of(String text, List<OcrWord> words) {
        List<int[]> spans = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        int at = 0;
        for (OcrWord w : words) {
            int start = w.text().isEmpty() ? -1 : text.indexOf(w.text(), at);
            // A word the text does not hold where expected (Tesseract writes some differently
            // in the two) gives no box; the others still do.
            if (start >= 0) {
                spans.add(new int[] {start, start + w.text().length()});
                boxes.add(w.box());
                at = start + w.text().length();
            }
        }
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            Box box = null;
            for (int k = 0; k < spans.size(); k++) {
                if (spans.get(k)[0] >= i && spans.get(k)[1] <= end) {
                    Box b = boxes.get(k);
                    box = box == null ? b : box.union(b);
                }
            }
            tokens.add(new Token(i, end, text.substring(i, end), box));
            i = end;
        }
        return tokens;
    }

    /** {@code text} with each token replaced by its new text, the spaces between kept. */
    static String replaced(String text, List<Token> tokens, List<String> replacements) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int k = 0; k < tokens.size(); k++) {
            out.append(text, at, tokens.get(k).start()).append(replacements.get(k));
            at = tokens.get(k).end();
        }
        return out.append(text.substring(at)).toString();
    }
}
