package raingan.testdata.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts of money as the form prints them ({@code 0}, {@code 4,500,000}, {@code 1,250,000.50})
 * and as the record holds them (the printed number, trailing zeros dropped).
 */
final class Baht {

    private Baht() {
    }

    /** {@code 0} for nothing, otherwise grouped thousands with satang when {@code withSatang}. */
    static String print(BigDecimal amount, boolean withSatang) {
        if (amount.signum() == 0) {
            return "0";
        }
        DecimalFormat format = new DecimalFormat(withSatang ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount);
    }

    /**
     * The value a reader takes from a printed amount, in the scale its JSON form reads back as
     * (no trailing zeros, never a negative scale), so that a record survives a round trip equal.
     */
    static BigDecimal read(String printed) {
        BigDecimal value = new BigDecimal(printed.replace(",", "")).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    static BigDecimal satang(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
