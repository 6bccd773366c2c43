package raingan.ingest.normalise;

import com.ibm.icu.text.Normalizer2;
import java.util.Objects;

/**
 * Document-level clean-up of extracted Thai text that keeps its line structure.
 *
 * <p>Applies, in one pass after ICU NFC: line breaks as LF (CRLF, CR, U+0085, U+2028 and
 * U+2029 become {@code \n}); zero-width characters and soft hyphens dropped; Unicode spaces
 * as ordinary spaces, runs of spaces folded to one and spaces at line ends removed; sara am
 * rebuilt from nikhahit + sara aa (with a tone mark before or between them) and a stray
 * sara aa after sara am dropped; doubled sara e as sara ae; Thai marks in logical order
 * (vowel marks before tone marks and thanthakhat, tone marks before sara am) with duplicated
 * identical marks collapsed. Every {@code \n} and {@code \t} of the input is kept, as are
 * other control characters such as the form feed {@code pdftotext} puts between pages.
 *
 * <p>Words keep their spelling: Thai digits, Lao look-alike letters and {@code ?} stay for
 * the audit to report. The result is NFC and {@code normalise(normalise(x))} equals
 * {@code normalise(x)}. Instances are immutable and may be shared between threads.
 */
public final class ThaiTextNormaliser {

    private final Normalizer2 nfc = Normalizer2.getNFCInstance();

    /**
     * The cleaned text.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public String normalise(String text) {
        Objects.requireNonNull(text, "text");
        String composed = toNfc(text);
        ThaiTextBuilder out = new ThaiTextBuilder(composed.length());
        int n = composed.length();
        for (int i = 0; i < n; i++) {
            char c = composed.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && composed.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        // Dropping a zero-width character can bring a base and a non-Thai mark together.
        String cleaned = out.finish();
        return out.mayBreakNfc() ? toNfc(cleaned) : cleaned;
    }

    private String toNfc(String text) {
        return nfc.spanQuickCheckYes(text) == text.length() ? text : nfc.normalize(text);
    }
}
