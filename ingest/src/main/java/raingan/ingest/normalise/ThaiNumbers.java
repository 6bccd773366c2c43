package raingan.ingest.normalise;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** STAND-IN until the normalise branch lands. */
public final class ThaiNumbers {
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(?:\\.\\d+)?");

    public BigDecimal parseAmount(String text) {
        Matcher m = NUMBER.matcher(ThaiDigits.toArabic(text));
        if (!m.find()) {
            return null;
        }
        BigDecimal v = new BigDecimal(m.group().replace(",", "")).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    public Double parsePercent(String text) {
        BigDecimal v = parseAmount(text);
        return v == null ? null : v.doubleValue();
    }

    public Integer parseInteger(String text) {
        Matcher m = Pattern.compile("\\d+").matcher(ThaiDigits.toArabic(text));
        return m.find() ? Integer.valueOf(m.group()) : null;
    }
}
