package raingan.testdata.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import raingan.model.StatusCategory;

/**
 * Writes section 2 of a draft before any defect: entries dated in increasing order inside the
 * fiscal year, their status categories following the storyline, progress that never goes
 * down, and plan/target flags that agree with the status.
 */
final class TimelineWriter {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    void write(Draft d, int count) {
        Pick pick = d.pick;
        List<StatusCategory> categories = d.storyline.categories(pick, count,
                d.wants(DefectKind.COMPLETED_UNDER_100), d.wants(DefectKind.CANCELLED_ON_PLAN));
        List<LocalDate> dates = dates(d, categories.size());
        BigDecimal progress = BigDecimal.ZERO;
        boolean completes = categories.contains(StatusCategory.COMPLETED);
        for (int i = 0; i < categories.size(); i++) {
            EntryDraft e = new EntryDraft();
            e.category = categories.get(i);
            e.intended = dates.get(i);
            e.date = e.intended;
            e.dateText = d.entryDateStyle.format(e.intended);
            progress = next(pick, e.category, progress, completes);
            e.progress = progress;
            flags(pick, e, i);
            d.entries.add(e);
        }
    }

    /** {@code count} different dates, increasing, between the project's start and the fiscal year's end. */
    private static List<LocalDate> dates(Draft d, int count) {
        Pick pick = d.pick;
        LocalDate from = d.startDate.isAfter(d.fiscalYear.start()) ? d.startDate : d.fiscalYear.start();
        from = from.plusDays(pick.between(5, 20));
        LocalDate to = d.fiscalYear.end().minusDays(pick.between(0, 15));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        TreeSet<LocalDate> chosen = new TreeSet<>();
        if (months.size() >= count) {
            // Reports are written about once a month, around mid-month.
            for (YearMonth m : pick.some(months, count)) {
                LocalDate day = m.atDay(pick.between(5, 25));
                chosen.add(day.isBefore(from) ? from : day.isAfter(to) ? to : day);
            }
        }
        long span = ChronoUnit.DAYS.between(from, to);
        while (chosen.size() < count) {
            chosen.add(from.plusDays(pick.between(0L, span)));
        }
        return new ArrayList<>(chosen);
    }

    private static BigDecimal next(Pick pick, StatusCategory category, BigDecimal previous, boolean completes) {
        return switch (category) {
            case NOT_STARTED -> BigDecimal.ZERO.setScale(2);
            case COMPLETED -> HUNDRED.setScale(2);
            case SUSPENDED, CANCELLED, OTHER -> previous.setScale(2);
            case IN_PROGRESS -> {
                BigDecimal step = BigDecimal.valueOf(pick.between(1, 24));
                if (pick.chance(0.2)) {
                    step = step.add(new BigDecimal("0.50"));
                }
                BigDecimal cap = BigDecimal.valueOf(completes ? 95 : 98);
                BigDecimal value = previous.add(step).min(cap);
                yield value.max(previous).setScale(2, RoundingMode.HALF_EVEN);
            }
        };
    }

    private static void flags(Pick pick, EntryDraft e, int index) {
        switch (e.category) {
            case COMPLETED -> set(e, true, true);
            case SUSPENDED, CANCELLED -> set(e, false, false);
            case NOT_STARTED -> {
                boolean early = index == 0 && pick.chance(0.5);
                set(e, early, early);
            }
            default -> {
                double roll = pick.fraction(0, 1);
                if (roll < 0.75) {
                    set(e, true, true);
                } else if (roll < 0.9) {
                    set(e, false, false);
                } else {
                    set(e, true, false);
                }
            }
        }
    }

    private static void set(EntryDraft e, boolean plan, boolean target) {
        e.onPlan = plan;
        e.onTarget = target;
    }
}
