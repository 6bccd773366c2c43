package raingan.ingest.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import raingan.model.ReportEntry;

/**
 * The total the report entries say was disbursed (งบประมาณที่เบิกใช้ ครั้งที่ k = X บาท).
 * Forms often reprint the previous disbursement in a later entry; an entry that repeats
 * a disbursement number with the same amount is such a reprint and is counted once.
 * A repeated number with a different amount is a different payment and counts, and so
 * does every entry without a disbursement number. The review report's chart counts the same way.
 */
public final class Disbursements {

    private Disbursements() {
    }

    /** The de-duplicated sum, or null when no entry prints an amount. */
    public static BigDecimal total(List<ReportEntry> reports) {
        List<ReportEntry> counted = new ArrayList<>();
        BigDecimal sum = null;
        for (ReportEntry entry : reports) {
            BigDecimal amount = entry.disbursedAmount();
            if (amount == null || isReprint(entry, counted)) {
                continue;
            }
            counted.add(entry);
            sum = sum == null ? amount : sum.add(amount);
        }
        return sum;
    }

    private static boolean isReprint(ReportEntry entry, List<ReportEntry> counted) {
        if (entry.disbursementNo() == null) {
            return false;
        }
        for (ReportEntry earlier : counted) {
            if (entry.disbursementNo().equals(earlier.disbursementNo())
                    && entry.disbursedAmount().compareTo(earlier.disbursedAmount()) == 0) {
                return true;
            }
        }
        return false;
    }
}
