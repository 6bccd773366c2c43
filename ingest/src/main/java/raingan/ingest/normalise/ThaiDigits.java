package raingan.ingest.normalise;

import raingan.ingest.thai.ThaiChars;

/**
 * Thai digits (๐–๙) as Arabic ones. Text values keep their digits as printed; this is for
 * reading numbers, and Tesseract reads some Arabic digits as Thai ones.
 */
public final class ThaiDigits {

    private static final char THAI_ZERO = '\u0E50';

    private ThaiDigits() {
    }

    public static boolean isThaiDigit(char c) {
        return ThaiChars.isDigit(c);
    }

    /** An Arabic or a Thai digit. */
    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || isThaiDigit(c);
    }

    /** The same text with every Thai digit replaced by its Arabic digit. */
    public static String toArabic(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(isThaiDigit(c) ? (char) ('0' + (c - THAI_ZERO)) : c);
        }
        return sb.toString();
    }
}
