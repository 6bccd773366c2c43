package raingan.ingest.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import raingan.ingest.thai.ThaiChars;

/**
 * The spellings of a word with one Thai mark more than OCR gave it: the candidates that
 * {@link DroppedMarks} lets the ink and the dictionary choose among. Pure string work.
 */
final class MarkSpellings {

    /** Marks above the letters, each drawn as a piece of its own: ั ิ ี ึ ื ็ ่ ้ ๊ ๋ ์ ํ. */
    static final String ABOVE = "\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D";
    /** Vowels below the line: ุ ู. */
    static final String BELOW = "\u0E38\u0E39";
    /** ำ: a ring above (ํ) and า. */
    static final char AM = '\u0E33';
    private static final char AA = '\u0E32';
    private static final String TONES = "\u0E48\u0E49\u0E4A\u0E4B";
    private static final String VOWELS_ABOVE = "\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47\u0E4C";

    private MarkSpellings() {
    }

    /** A spelling with one mark more, and the letter of the word as read that the mark goes on. */
    record Candidate(String text, int at) {
    }

    /** The word with one mark more above: ำ for า, or a tone or vowel above a letter that has none. */
    static List<Candidate> withMarkAbove(String word) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == AA && (i == 0 || word.charAt(i - 1) != '\u0E4D')) {
                out.add(new Candidate(word.substring(0, i) + AM + word.substring(i + 1), i));
            }
        }
        for (int i = 0; i < word.length(); i++) {
            if (!ThaiChars.isConsonant(word.charAt(i))) {
                continue;
            }
            int end = i + 1;
            boolean tone = false;
            boolean vowel = false;
            while (end < word.length() && ThaiChars.isMark(word.charAt(end))) {
                tone |= TONES.indexOf(word.charAt(end)) >= 0;
                vowel |= VOWELS_ABOVE.indexOf(word.charAt(end)) >= 0;
                end++;
            }
            if (!tone) {
                for (char t : TONES.toCharArray()) {
                    out.add(new Candidate(word.substring(0, end) + t + word.substring(end), i));
                }
            }
            if (!vowel && !tone && end == i + 1) {
                for (char v : VOWELS_ABOVE.toCharArray()) {
                    out.add(new Candidate(word.substring(0, end) + v + word.substring(end), i));
                }
            }
        }
        return out;
    }

    /** The word with ุ or ู under a letter that has no vowel below. */
    static List<Candidate> withVowelBelow(String word) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            if (!ThaiChars.isConsonant(word.charAt(i))
                    || (i + 1 < word.length() && BELOW.indexOf(word.charAt(i + 1)) >= 0)) {
                continue;
            }
            for (char v : BELOW.toCharArray()) {
                out.add(new Candidate(word.substring(0, i + 1) + v + word.substring(i + 1), i));
            }
        }
        return out;
    }

    /** Whether character {@code i} of the word is a letter with two marks stacked over it. */
    static boolean isStacked(String word, int i) {
        if (!ThaiChars.isConsonant(word.charAt(i))) {
            return false;
        }
        int above = 0;
        int end = i + 1;
        for (; end < word.length() && ThaiChars.isMark(word.charAt(end)); end++) {
            above += ABOVE.indexOf(word.charAt(end)) >= 0 ? 1 : 0;
        }
        boolean toneOverRing = above == 1 && TONES.indexOf(word.charAt(end - 1)) >= 0
                && end < word.length() && word.charAt(end) == AM;
        return above >= 2 || toneOverRing;
    }

    /**
     * The word with a second mark over a letter that has one: a tone over its vowel above, a
     * vowel under its tone, or ำ's ring under a tone before า.
     */
    static List<Candidate> withStackedMark(String word) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            if (!ThaiChars.isConsonant(word.charAt(i)) || isStacked(word, i)) {
                continue;
            }
            int end = i + 1;
            int mark = -1;
            int above = 0;
            for (; end < word.length() && ThaiChars.isMark(word.charAt(end)); end++) {
                if (ABOVE.indexOf(word.charAt(end)) >= 0) {
                    above++;
                    mark = end;
                }
            }
            if (above != 1) {
                continue;
            }
            char m = word.charAt(mark);
            if (VOWELS_ABOVE.indexOf(m) >= 0 && m != '\u0E47' && m != '\u0E4C') {
                for (char t : TONES.toCharArray()) {
                    out.add(new Candidate(word.substring(0, mark + 1) + t + word.substring(mark + 1), i));
                }
            } else if (TONES.indexOf(m) >= 0) {
                if (end < word.length() && word.charAt(end) == AA) {
                    out.add(new Candidate(word.substring(0, end) + AM + word.substring(end + 1), i));
                }
                for (char v : "\u0E31\u0E34\u0E35\u0E36\u0E37".toCharArray()) {
                    out.add(new Candidate(word.substring(0, mark) + v + word.substring(mark), i));
                }
            }
        }
        return out;
    }
}
