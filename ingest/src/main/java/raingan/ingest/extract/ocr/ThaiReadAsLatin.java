package raingan.ingest.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.thai.ThaiChars;
import raingan.ingest.thai.ThaiDictionary;

/**
 * Reads again, with the Thai model alone, the Thai that Tesseract's Thai and English models
 * together read as Latin: abbreviations (ต.ค. as {@code A.A.}, ก.พ. as {@code ALN.}, พ.ศ. as
 * {@code w.a.}, ก.ย. as {@code 7.2.}) and short words (บาท as {@code UM}, ด้านที่ as
 * {@code MUA}). With English in the mix a short word of round letters goes to English; the Thai
 * model alone reads it right but turns real English into Thai garbage, so its reading is kept
 * only where it is a Thai abbreviation, or Thai words of ICU's dictionary in a Thai line.
 */
final class ThaiReadAsLatin {

    /** The longest Latin word in a Thai line taken for misread Thai. */
    private static final int LATIN_WORD = 5;
    private static final Pattern LATIN_WORD_SHAPE = Pattern.compile("[A-Za-z]{1," + LATIN_WORD + "}[.,:]?");
    /** Thai words, and the number that may end them (ที่7 of ครั้งที่7, read as {@code Ay}). */
    private static final Pattern THAI_WORDS = Pattern.compile("([\\u0E01-\\u0E4E]+?)([0-9]{1,3})?");

    private final ThaiDictionary dictionary;

    ThaiReadAsLatin(ThaiDictionary dictionary) {
        this.dictionary = dictionary;
    }

    private static final Pattern LATIN_ABBREVIATION = Pattern.compile(
            "[A-Za-z]{1,3}\\.(?:[A-Za-z0-9]{1,3}\\.?)?|[A-Za-z0-9]{1,3}\\.[A-Za-z0-9]{1,3}\\.");
    /** A mark cannot follow a full stop: OCR's stray ุ in ก.ุพ. */
    private static final Pattern MARK_AFTER_DOT = Pattern.compile("(?<=\\.)[\\u0E31-\\u0E4E]+");
    private static final Pattern THAI_ABBREVIATION =
            Pattern.compile("[\\u0E01-\\u0E2E][\\u0E31-\\u0E4E]*\\.(?:[\\u0E01-\\u0E2E][\\u0E31-\\u0E4E]*){1,2}\\.?");

    /**
     * @param tokens   a line's runs between spaces, boxes in the page's pixels
     * @param texts    each token's text so far; those changed already are left alone
     * @param inkWords the line's ink words ({@link InkWords})
     * @param cut      the image of the given ink, cut out of the page
     * @param thai     reads one word's image with the Thai model alone
     * @param numbers  reads an ink word's glyphs as a number, or null when it is none
     * @return each token's text, an abbreviation read again where it is one
     */
    List<String> read(List<LineTokens.Token> tokens, List<String> texts, List<List<Box>> inkWords,
                      Function<List<Box>, BufferedImage> cut, ThaiOnlyReading.Ocr thai,
                      Function<List<Box>, String> numbers)
            throws OcrUnavailableException {
        boolean thaiLine = thaiLine(texts);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            LineTokens.Token t = tokens.get(i);
            String word = texts.get(i);
            boolean abbreviation = LATIN_ABBREVIATION.matcher(word).matches();
            // A short Latin word is more likely misread Thai in a Thai line, right after a Thai word
            // (ครั้ง Ay for ครั้งที่7), or alone on its line, as a cell's second line ที่7 is.
            boolean latinWord = (thaiLine || texts.size() == 1 || i > 0 && isThai(texts.get(i - 1)))
                    && LATIN_WORD_SHAPE.matcher(word).matches();
            if (t.box() != null && word.equals(t.text()) && (abbreviation || latinWord)) {
                word = again(word, InkWords.under(inkWords, t.box()), inkWords, cut, thai, numbers);
            }
            out.add(word);
        }
        return out;
    }

    /**
     * The abbreviation under a Latin-looking word read by the Thai model alone, or the word. The
     * number Tesseract may have run into it (๑๘ ก.พ. read as EWA.) is read by its glyphs, which the
     * Thai model alone would get wrong as often as the pair together.
     */
    private String again(String word, List<Integer> under, List<List<Box>> inkWords,
                                Function<List<Box>, BufferedImage> cut, ThaiOnlyReading.Ocr thai,
                                Function<List<Box>, String> numbers) throws OcrUnavailableException {
        StringBuilder number = new StringBuilder();
        List<Box> rest = new ArrayList<>();
        for (int k : under) {
            String digits = rest.isEmpty() ? numbers.apply(inkWords.get(k)) : null;
            if (digits != null) {
                number.append(digits).append(' ');
            } else {
                rest.addAll(inkWords.get(k));
            }
        }
        if (rest.isEmpty()) {
            return word;
        }
        String read = ThaiOnlyReading.first(cut.apply(rest), thai, ThaiOnlyReading.PAGE_SIZE,
                r -> isThaiReading(withoutMarkAfterDot(r)));
        return read == null ? word : number + withoutMarkAfterDot(read);
    }

    private static String withoutMarkAfterDot(String read) {
        return MARK_AFTER_DOT.matcher(read).replaceAll("");
    }

    /** A Thai abbreviation, or Thai words of the dictionary with perhaps a number run on. */
    private boolean isThaiReading(String read) {
        Matcher thaiWords = THAI_WORDS.matcher(read);
        return THAI_ABBREVIATION.matcher(read).matches()
                || thaiWords.matches() && dictionary.isWords(thaiWords.group(1).replace("\u0E4D\u0E32", "\u0E33"));
    }

    /** A word of Thai letters. */
    private static boolean isThai(String word) {
        return !word.isEmpty() && word.chars().allMatch(ThaiChars::isLetter);
    }

    /** A line most of whose letters and digits are Thai: there a short Latin word is more likely misread Thai. */
    private static boolean thaiLine(List<String> texts) {
        long thai = 0;
        long latin = 0;
        for (String t : texts) {
            thai += t.chars().filter(c -> c >= 0x0E01 && c <= 0x0E59).count();
            latin += t.chars().filter(c -> c < 0x80 && Character.isLetter(c)).count();
        }
        return thai > 3 * latin;
    }

}
