package raingan.ingest.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import raingan.model.ReportEntry;

/**
 * How findings name what they point at, so every rule's message reads the same way:
 * entries as printed ("Report 8 (19/5/2563)"), amounts in baht, progress in percent.
 */
final class Wording {

    private Wording() {
    }

    /** JSON Pointer of the entry at {@code index} (0-based). */
    static String entryPointer(int index) {
        return "/reports/" + index;
    }

    /**
     * The entry as a reader finds it on the page: by its printed number, or by its
     * position when it was printed without one, followed by its date as printed.
     */
    static String entry(ReportEntry entry, int index) {
        String name = entry.no() != null
                ? "Report " + entry.no()
                : "The unnumbered report entry at position " + (index + 1);
        String date = entry.dateText() != null ? entry.dateText()
                : entry.date() != null ? entry.date().toString() : null;
        return date == null ? name : name + " (" + date + ")";
    }

    /** An amount of money as {@code 1,250,000.50 THB}. */
    static String baht(BigDecimal amount) {
        // By hand rather than String.format("%,.2f"): JFR put the Formatter at a quarter of the
        // audit's time on the generated corpus, whose reports often have budget findings.
        String digits = amount.setScale(2, RoundingMode.HALF_UP).abs().toPlainString();
        int point = digits.length() - 3;
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 5);
        if (amount.signum() < 0) {
            sb.append('-');
        }
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sb.append(digits, point, digits.length()).append(" THB").toString();
    }

    /** A progress figure as {@code 6 %} or {@code 12.5 %}. */
    static String percent(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value + " %";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + " %";
    }
}
