package raingan.ingest.normalise;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the first number printed in a field value, in Arabic or Thai digits
 * ({@code ๑,๒๕๐} is 1250), with comma grouping and a decimal point.
 *
 * <p>Null means "no number here": a value without digits, or one whose first number is not
 * of the kind asked for (a fraction where an integer is wanted, an integer past
 * {@code int}). No method throws for any text; each throws {@link NullPointerException} for a
 * null argument. A minus sign counts only directly before the digits and not after a letter
 * or digit, so {@code 04160000-3940} reads as 4160000 and {@code 2019-10-01} as 2019.
 */
public final class ThaiNumbers {

    private static final String MILLION = "ล้าน";
    private static final BigDecimal ONE_MILLION = BigDecimal.valueOf(1_000_000);

    /**
     * Baht have two decimals (satang): a dot before exactly three digits is a thousands comma
     * that OCR misread. A look-behind, so that each dot of {@code 7.615.234} is seen.
     */
    private static final Pattern MISREAD_COMMA = Pattern.compile("(?<=[0-9๐-๙])\\.([0-9๐-๙]{3})(?![0-9๐-๙])");

    private ThaiNumbers() {
    }

    /**
     * A money amount: {@code 1,250,000.50 บาท} → 1250000.5, {@code 0 บาท} → 0,
     * {@code ๑,๒๕๐ บาท} → 1250, {@code 1 250 000} (groups of three split by OCR spaces) →
     * 1250000, {@code 1,000.- บาท} → 1000, {@code 1.5 ล้านบาท} → 1500000. The result has no
     * trailing zeros and is never in exponent form (scale ≥ 0).
     *
     * @return the amount, or null when the value holds no number
     */
    public static BigDecimal parseAmount(String value) {
        Objects.requireNonNull(value, "value");
        Token token = firstNumber(MISREAD_COMMA.matcher(value).replaceAll(",$1"), true);
        if (token == null) {
            return null;
        }
        BigDecimal amount = token.value();
        if (startsAfterSpaces(value, token.end(), MILLION)) {
            amount = amount.multiply(ONE_MILLION);
        }
        return plain(amount);
    }

    /**
     * A percentage as printed, the sign {@code %} optional: {@code 6.00 %} → 6.0,
     * {@code ๖.๕%} → 6.5, {@code 100} → 100.0. Values outside 0..100 are returned as they are,
     * for the audit to judge.
     *
     * @return the number, or null when the value holds no number
     */
    public static Double parsePercent(String value) {
        Objects.requireNonNull(value, "value");
        Token token = firstNumber(value, false);
        return token == null ? null : token.value().doubleValue();
    }

    /**
     * A whole number: {@code รายงานครั้งที่1} → 1, {@code ครั้งที่ ๓} → 3, {@code 1,000} → 1000,
     * {@code 6.00} → 6.
     *
     * @return the number, or null when the value holds no number, its first number has a
     *     fraction ({@code 6.5}) or it does not fit an {@code int}
     */
    public static Integer parseInteger(String value) {
        Objects.requireNonNull(value, "value");
        Token token = firstNumber(value, false);
        if (token == null) {
            return null;
        }
        try {
            return token.value().intValueExact();
        } catch (ArithmeticException notAnInt) {
            return null;
        }
    }

    /** The value stripped of trailing zeros, without a negative scale (no {@code 1E+6}). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private record Token(BigDecimal value, int end) {
    }

    /**
     * The first number in {@code s}; with {@code spaceGroups}, a single space followed by
     * exactly three digits continues a number whose first group has at most three digits.
     */
    private static Token firstNumber(String s, boolean spaceGroups) {
        int n = s.length();
        int start = 0;
        while (start < n && digit(s.charAt(start)) < 0) {
            start++;
        }
        if (start == n) {
            return null;
        }
        StringBuilder number = new StringBuilder(16);
        if (isMinus(s, start)) {
            number.append('-');
        }
        int i = readDigits(s, start, number);
        int firstGroup = i - start;
        while (i < n) {
            if (s.charAt(i) == ',' && i + 1 < n && digit(s.charAt(i + 1)) >= 0) {
                i = readDigits(s, i + 1, number);
            } else if (spaceGroups && firstGroup <= 3 && isSpaceGroup(s, i)) {
                i = readDigits(s, i + 1, number);
            } else {
                break;
            }
        }
        if (i + 1 < n && s.charAt(i) == '.' && digit(s.charAt(i + 1)) >= 0) {
            number.append('.');
            i = readDigits(s, i + 1, number);
        }
        return new Token(new BigDecimal(number.toString()), i);
    }

    private static boolean isSpaceGroup(String s, int i) {
        int n = s.length();
        return s.charAt(i) == ' ' && i + 3 < n
                && digit(s.charAt(i + 1)) >= 0 && digit(s.charAt(i + 2)) >= 0 && digit(s.charAt(i + 3)) >= 0
                && (i + 4 == n || digit(s.charAt(i + 4)) < 0);
    }

    private static boolean isMinus(String s, int digitStart) {
        if (digitStart == 0) {
            return false;
        }
        char sign = s.charAt(digitStart - 1);
        if (sign != '-' && sign != '\u2212') {
            return false;
        }
        return digitStart == 1 || !Character.isLetterOrDigit(s.charAt(digitStart - 2));
    }

    private static int readDigits(String s, int from, StringBuilder into) {
        int i = from;
        int d;
        while (i < s.length() && (d = digit(s.charAt(i))) >= 0) {
            into.append((char) ('0' + d));
            i++;
        }
        return i;
    }

    /** The value of an Arabic or Thai digit, or -1. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return ThaiDigits.isThaiDigit(c) ? c - '\u0E50' : -1;
    }

    private static boolean startsAfterSpaces(String s, int from, String word) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.startsWith(word, i);
    }
}
