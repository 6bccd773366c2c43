package raingan.ingest.detect;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 text that has no byte-order mark, as Windows exports Thai reports ("Unicode
 * text"), which Tika cannot tell from binary. Every ASCII character of such text (spaces, line
 * breaks, digits) has a NUL high byte, so NULs fall on one parity of position and almost never on
 * the other; and the code units then read as text: Thai, Latin, punctuation, white space, no
 * control characters. Only the first 8 KiB are looked at.
 */
public final class BomlessUtf16 {

    private static final int SNIFF = 8192;
    /** At least this share of the units must be ASCII (a NUL high byte): spaces and line breaks alone give it. */
    private static final double MIN_ASCII_SHARE = 0.05;
    /** At most this share may fall outside the scripts and symbols of Thai and English text. */
    private static final double MAX_OTHER_SHARE = 0.05;

    private BomlessUtf16() {
    }

    /** UTF-16LE or UTF-16BE when the bytes read as text in it, else null. */
    public static Charset charsetOf(byte[] bytes) {
        int units = Math.min(bytes.length, SNIFF) / 2;
        if (units < 2) {
            return null;
        }
        int nulEven = 0;
        int nulOdd = 0;
        for (int i = 0; i < units; i++) {
            nulEven += bytes[2 * i] == 0 ? 1 : 0;
            nulOdd += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        boolean littleEndian = nulOdd > nulEven;
        int ascii = Math.max(nulEven, nulOdd);
        int other = Math.min(nulEven, nulOdd);
        if (ascii < units * MIN_ASCII_SHARE || other * 20 > ascii) {
            return null;
        }
        return readsAsText(bytes, units, littleEndian)
                ? (littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE)
                : null;
    }

    private static boolean readsAsText(byte[] bytes, int units, boolean littleEndian) {
        int other = 0;
        for (int i = 0; i < units; i++) {
            int lo = bytes[2 * i + (littleEndian ? 0 : 1)] & 0xFF;
            int hi = bytes[2 * i + (littleEndian ? 1 : 0)] & 0xFF;
            char c = (char) (hi << 8 | lo);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
            if (!isThaiOrEnglishText(c)) {
                other++;
            }
        }
        return other <= units * MAX_OTHER_SHARE;
    }

    /** ASCII, Latin-1 and Latin Extended-A, Thai, general punctuation and currency signs. */
    private static boolean isThaiOrEnglishText(char c) {
        return c < 0x7F || (c >= 0xA0 && c <= 0x17F) || (c >= 0x0E00 && c <= 0x0E7F)
                || (c >= 0x2000 && c <= 0x20CF);
    }
}
