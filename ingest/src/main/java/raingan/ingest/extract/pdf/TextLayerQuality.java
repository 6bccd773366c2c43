package raingan.ingest.extract.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import raingan.ingest.extract.OcrPolicy;
import raingan.ingest.thai.ThaiChars;
import raingan.ingest.thai.ThaiDictionary;
import raingan.ingest.thai.ThaiOrthography;

/**
 * Scores how much a PDF page's text layer can be trusted, from 0 (missing or garbage) to 1,
 * so that a damaged layer can be OCR'd instead. What lowers the score:
 * <ul>
 * <li>no text on a page that has ink (a scan, or fonts without ToUnicode);</li>
 * <li>characters that never occur in a Thai report: U+FFFD, private-use code points,
 *     controls, Latin-1 letters (a legacy Thai font read as Windows-1252), glyphs without
 *     Unicode;</li>
 * <li>Thai vowel signs and tone marks where Thai spelling cannot put them;</li>
 * <li>Thai that ICU's dictionary cannot segment into words (marks reordered, words garbled);</li>
 * <li>sara am (ำ) dropped: words that become dictionary words only when an า is read as ำ
 *     (สาหรับ → สำหรับ) or a lost ำ is put back (สหรับ → สำหรับ), outnumbering the ำ that are
 *     there.</li>
 * </ul>
 * Not thread-safe (it owns an ICU BreakIterator): one per extractor.
 */
public final class TextLayerQuality {

    /**
     * Scores below this send a page to OCR under {@link OcrPolicy#AUTO}. Measured: the
     * fixtures' clean layers (Chromium and LibreOffice, 4 pages) and the seed export score
     * 1.0; PDFBox's default stripper on the LibreOffice PDF (tone marks moved, 4 % CER) 0.58
     * and 0.73; tone marks moved everywhere 0.41, detached 0.19; sara am dropped or lost,
     * legacy-font Latin-1, private-use ToUnicode, scans: 0.
     */
    public static final double THRESHOLD = 0.7;
    /** Fewer non-blank characters than this on a page with ink means the layer is missing. */
    static final int MIN_CHARS = 20;
    /** A page with more painted paths than this and no text may be text drawn as outlines. */
    private static final int OUTLINE_SHAPES = 50;
    private static final char SARA_AA = '\u0E32';
    private static final char SARA_AM = '\u0E33';

    private final ThaiDictionary dictionary = new ThaiDictionary();
    private final BreakIterator words = BreakIterator.getWordInstance(new ULocale("th"));

    /** The parts of a score, for calibration and diagnostics. */
    public record Measures(int chars, int suspect, int thai, int misplaced, double dictionaryShare,
                           int saraAm, int saraAmDropped, double score) {
    }

    /** True if a page with this layer score should be read from its layer under {@link OcrPolicy#AUTO}. */
    public static boolean trusted(Double score) {
        return score == null || score >= THRESHOLD;
    }

    /**
     * The score of a page's layer; null for a page with neither text nor ink (blank), where
     * there is nothing to judge and nothing to OCR.
     */
    Double score(PageLayer layer) {
        int chars = nonBlank(layer.text());
        if (chars < MIN_CHARS) {
            boolean ink = layer.images() > 0 || layer.unmapped() > 0 || layer.shapes() > OUTLINE_SHAPES
                    || layer.glyphs() > chars;
            return ink || chars > 0 ? 0.0 : null;
        }
        return measure(layer.text(), layer.unmapped()).score();
    }

    /** The score of a text that was read from a layer, {@code unmapped} glyphs having given no text. */
    public Measures measure(String text, int unmapped) {
        int chars = 0;
        int suspect = unmapped;
        int thai = 0;
        int saraAm = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            chars++;
            if (suspect(c)) {
                suspect++;
            }
            if (ThaiChars.isThai(c)) {
                thai++;
            }
            if (c == SARA_AM) {
                saraAm++;
            }
        }
        int misplaced = ThaiOrthography.misplaced(text);
        List<String> tokens = tokens(text);
        double dictionaryShare = dictionaryShare(tokens);
        int dropped = saraAmDropped(tokens);

        // Each kind of damage scales the score down. 20 % suspect characters, or 20 % misplaced
        // marks, alone bring it to 0. A dictionary share of 0.95 or more (clean text: 0.97–0.99)
        // costs nothing, 0.70 or less (tone marks reordered throughout) brings it to 0.
        double clean = 1 - Math.min(1, 5.0 * suspect / Math.max(1, chars + unmapped));
        double spelling = thai < MIN_CHARS ? 1 : 1 - Math.min(1, 5.0 * misplaced / thai);
        double words = Double.isNaN(dictionaryShare) ? 1 : clamp((dictionaryShare - 0.7) / 0.25);
        double am = dropped >= 2 && dropped > saraAm ? (double) saraAm / (saraAm + dropped) : 1;
        double score = chars < MIN_CHARS ? 0 : clean * spelling * words * am;
        return new Measures(chars, suspect, thai, misplaced, dictionaryShare, saraAm, dropped,
                Math.round(score * 1000) / 1000.0);
    }

    private static boolean suspect(char c) {
        int type = Character.getType(c);
        return c == '\uFFFD'
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || (type == Character.CONTROL && c != '\t')
                // Latin-1 letters and signs: what TIS-620 bytes become through a Windows-1252 font.
                || (c >= '\u00A1' && c <= '\u00FF' && c != '\u00B0' && c != '\u00D7' && c != '\u00F7');
    }

    /** ICU's words of the text that contain Thai letters, in order. */
    private List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (ThaiChars.isConsonant(firstThaiLetter(text, start, end))) {
                tokens.add(text.substring(start, end));
            }
        }
        return tokens;
    }

    private static int firstThaiLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (ThaiChars.isConsonant(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return -1;
    }

    /** Share of Thai word characters in words the dictionary knows; NaN when there is too little Thai. */
    private double dictionaryShare(List<String> tokens) {
        int all = 0;
        int known = 0;
        for (String token : tokens) {
            all += token.length();
            if (dictionary.contains(token)) {
                known += token.length();
            }
        }
        return all < MIN_CHARS ? Double.NaN : (double) known / all;
    }

    /**
     * Places where ICU's words, alone or joined with the next one or two, are no word but
     * become one when an า is read as ำ (สา|ห|รับ → สำหรับ) or a lost ำ is put back
     * (ส|หรับ → สำหรับ).
     */
    private int saraAmDropped(List<String> tokens) {
        int found = 0;
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < Math.min(tokens.size(), i + 3); j++) {
                joined.append(tokens.get(j));
                if (readsWithSaraAm(joined)) {
                    found++;
                    i = j;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * True if {@code text} is no word but becomes one with an า read as ำ, or with a lost ำ put back.
     * The candidates share their beginnings, so one walk through the dictionary serves them all,
     * and ends where no word begins as the text does (no later candidate can be a word then).
     */
    private boolean readsWithSaraAm(CharSequence text) {
        if (dictionary.contains(text)) {
            return false;
        }
        ThaiDictionary.Walk walk = dictionary.walk();
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == SARA_AA && walk.completes(SARA_AM, text, k + 1)) {
                return true;
            }
            if (!walk.next(c)) {
                return false;
            }
            // Not in one- or two-letter pieces: ช → ชำ would flag every lone consonant of a name.
            if (c != SARA_AA && text.length() >= 3 && (ThaiChars.isConsonant(c) || ThaiChars.isTone(c))
                    && walk.completes(SARA_AM, text, k + 1)) {
                return true;
            }
        }
        return false;
    }

    private static int nonBlank(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
