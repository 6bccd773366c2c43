package raingan.testdata.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import raingan.model.StatusCategory;

/**
 * Writes the money: the budget received, the payments made at some entries, the disbursement
 * line of every entry (งบประมาณที่เบิกใช้ (ครั้งที่ k) = X บาท) and the budget spent, which
 * equals what the entries disbursed unless a defect says otherwise.
 */
final class BudgetWriter {

    /** Each entry prints its own payment, k counting entries (the seed's way). */
    private static final String PER_ENTRY = "per-entry";

    void write(Draft d) {
        Pick pick = d.pick;
        boolean overspent = d.wants(DefectKind.OVERSPENT);
        boolean mismatch = d.wants(DefectKind.DISBURSEMENT_MISMATCH);
        boolean noBudget = !overspent && !mismatch
                && (pick.chance(0.12) || d.storyline == Storyline.NEVER_STARTED && pick.chance(0.6));
        d.satang = pick.chance(0.6);
        if (!noBudget) {
            long baht = d.theme.works() ? pick.between(50, 6000) * 10_000L : pick.between(30, 3000) * 1_000L;
            BigDecimal received = BigDecimal.valueOf(baht);
            if (pick.chance(0.25)) {
                received = received.add(BigDecimal.valueOf(pick.between(1, 99), 2));
                d.satang = true;
            }
            d.budgetReceived = received;
        }
        BigDecimal total = scale(d, d.budgetReceived.multiply(BigDecimal.valueOf(share(d, overspent))));
        List<EntryDraft> payers = payers(d, total);
        if (payers.isEmpty()) {
            total = BigDecimal.ZERO;
        }
        split(d, total, payers);
        number(d, pick.chance(0.7) ? PER_ENTRY : "reprint");
        d.budgetSpent = total;
        if (overspent) {
            d.plant(DefectKind.OVERSPENT, "/project/budgetSpent");
        }
        if (mismatch) {
            d.budgetSpent = mismatched(d, total);
            d.plant(DefectKind.DISBURSEMENT_MISMATCH, "/project/budgetSpent");
        }
    }

    /** The share of the budget paid out by the year's end. */
    private static double share(Draft d, boolean overspent) {
        Pick pick = d.pick;
        if (overspent) {
            return pick.fraction(1.05, 1.4);
        }
        return switch (d.storyline) {
            case COMPLETED -> pick.fraction(0.85, 1.0);
            case ONGOING, SUSPENDED_THEN_RESUMED -> pick.fraction(0.05, 0.6);
            case SUSPENDED_THEN_CANCELLED -> pick.chance(0.5) ? 0 : pick.fraction(0.02, 0.3);
            case NEVER_STARTED -> 0;
        };
    }

    private static List<EntryDraft> payers(Draft d, BigDecimal total) {
        if (total.signum() == 0) {
            return List.of();
        }
        List<EntryDraft> eligible = new ArrayList<>();
        List<EntryDraft> any = new ArrayList<>();
        for (EntryDraft e : d.entries) {
            if (e.empty || !e.hasProgress || e.reprint) {
                continue;
            }
            any.add(e);
            boolean working = e.category == StatusCategory.IN_PROGRESS || e.category == StatusCategory.COMPLETED;
            // Money goes out once works are under contract, or an activity has begun.
            if (working && e.progress.doubleValue() >= (d.theme.works() ? 25 : 10)) {
                eligible.add(e);
            }
        }
        List<EntryDraft> pool = eligible.isEmpty() ? any : eligible;
        int count = Math.min(pool.size(), d.pick.between(1, 4));
        return d.pick.some(pool, count);
    }

    private static void split(Draft d, BigDecimal total, List<EntryDraft> payers) {
        if (payers.isEmpty()) {
            return;
        }
        int[] weights = new int[payers.size()];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = d.pick.between(2, 10);
            sum += weights[i];
        }
        BigDecimal left = total;
        for (int i = 0; i < payers.size() - 1; i++) {
            BigDecimal part = scale(d, total.multiply(BigDecimal.valueOf(weights[i]))
                    .divide(BigDecimal.valueOf(sum), 6, RoundingMode.HALF_EVEN));
            payers.get(i).payment = part;
            left = left.subtract(part);
        }
        payers.get(payers.size() - 1).payment = left;
    }

    private static void number(Draft d, String style) {
        int k = 0;
        int payments = 0;
        BigDecimal last = BigDecimal.ZERO;
        for (EntryDraft e : d.entries) {
            if (e.empty || !e.hasProgress) {
                continue;
            }
            if (PER_ENTRY.equals(style)) {
                e.disbursementNo = ++k;
                e.disbursed = e.payment;
            } else {
                // Cumulative style: the latest payment is reprinted until the next one.
                if (e.payment.signum() > 0) {
                    payments++;
                    last = e.payment;
                }
                e.disbursementNo = Math.max(1, payments);
                e.disbursed = last;
            }
        }
    }

    private static BigDecimal mismatched(Draft d, BigDecimal disbursed) {
        Pick pick = d.pick;
        BigDecimal spent;
        if (disbursed.compareTo(BigDecimal.valueOf(1000)) > 0) {
            spent = scale(d, disbursed.multiply(BigDecimal.valueOf(pick.fraction(0.4, 0.9))));
        } else {
            spent = scale(d, d.budgetReceived.multiply(BigDecimal.valueOf(pick.fraction(0.1, 0.5))));
        }
        if (spent.subtract(disbursed).abs().compareTo(BigDecimal.valueOf(2)) < 0) {
            spent = disbursed.add(BigDecimal.valueOf(1000));
        }
        return spent;
    }

    private static BigDecimal scale(Draft d, BigDecimal amount) {
        return amount.setScale(d.satang ? 2 : 0, RoundingMode.HALF_EVEN);
    }
}
