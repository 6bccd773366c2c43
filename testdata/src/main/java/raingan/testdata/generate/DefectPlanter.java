package raingan.testdata.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import raingan.model.StatusCategory;
import raingan.testdata.print.PrintedItem;

/**
 * Plants the wanted defects of a draft in three passes: into the entries' values (before their
 * statuses are written, so that citations still precede a moved date), into the structure of
 * section 2 (empty, unnumbered, misnumbered entries), and into the print only (list numbers,
 * stray markup). Each defect goes to an entry no other defect uses; one that finds no such
 * entry is not planted (and not reported as planted).
 */
final class DefectPlanter {

    static final String MARKUP = "<input type=\"checkbox\"/>";

    /** For each month, itself if it is short (February or 30 days), else the nearest short month. */
    private static final int[] SHORT_MONTH_NEAR = {2, 2, 4, 4, 6, 6, 6, 9, 9, 11, 11, 11};

    /** Defects in the entries' dates, progress and flags. */
    void plantValues(Draft d) {
        List<EntryDraft> es = d.entries;
        if (d.wants(DefectKind.CANCELLED_ON_PLAN)) {
            first(d, i -> es.get(i).category == StatusCategory.CANCELLED).ifPresent(e -> {
                e.onPlan = true;
                e.onTarget = d.pick.chance(0.7);
                d.plant(DefectKind.CANCELLED_ON_PLAN, e, "");
            });
        }
        if (d.wants(DefectKind.SUSPENDED_ON_PLAN)) {
            any(d, i -> es.get(i).category == StatusCategory.SUSPENDED).ifPresent(e -> {
                e.onPlan = true;
                e.onTarget = true;
                d.plant(DefectKind.SUSPENDED_ON_PLAN, e, "");
            });
        }
        if (d.wants(DefectKind.COMPLETED_UNDER_100)) {
            any(d, i -> es.get(i).category == StatusCategory.COMPLETED && i > 0).ifPresent(e -> {
                BigDecimal before = es.get(es.indexOf(e) - 1).progress;
                int floor = Math.max(80, before.intValue() + 1);
                e.progress = BigDecimal.valueOf(d.pick.between(floor, 99)).setScale(2);
                d.plant(DefectKind.COMPLETED_UNDER_100, e, "");
            });
        }
        if (d.wants(DefectKind.PROGRESS_DECREASE)) {
            any(d, i -> i > 0 && es.get(i).category == StatusCategory.IN_PROGRESS && es.get(i - 1).hasProgress
                    && es.get(i - 1).progress.doubleValue() >= 2).ifPresent(e -> {
                BigDecimal before = es.get(es.indexOf(e) - 1).progress;
                int drop = d.pick.between(1, Math.min(15, before.intValue()));
                e.progress = before.subtract(BigDecimal.valueOf(drop)).setScale(2, RoundingMode.HALF_EVEN);
                d.plant(DefectKind.PROGRESS_DECREASE, e, "");
            });
        }
        if (d.wants(DefectKind.PROGRESS_OUT_OF_RANGE)) {
            any(d, i -> es.get(i).category == StatusCategory.IN_PROGRESS && es.get(i).hasProgress).ifPresent(e -> {
                e.progress = BigDecimal.valueOf(d.pick.between(101, 160)).setScale(2);
                d.plant(DefectKind.PROGRESS_OUT_OF_RANGE, e, "");
            });
        }
        if (d.wants(DefectKind.MISSING_PROGRESS)) {
            any(d, i -> es.get(i).category != StatusCategory.COMPLETED && !next(d, i, DefectKind.PROGRESS_DECREASE))
                    .ifPresent(e -> {
                        e.hasProgress = false;
                        d.plant(DefectKind.MISSING_PROGRESS, e, "");
                    });
        }
        if (d.wants(DefectKind.DATE_BEFORE_PROJECT) && es.size() >= 2) {
            dateBeforeProject(d);
        }
        if (d.wants(DefectKind.DATE_BACKWARDS)) {
            any(d, i -> i > 0 && !es.get(i - 1).intended.isBefore(d.startDate.plusDays(3))).ifPresent(e -> {
                LocalDate before = es.get(es.indexOf(e) - 1).intended;
                LocalDate moved = before.minusDays(d.pick.between(1, 25));
                if (moved.isBefore(d.startDate)) {
                    moved = d.startDate.plusDays(1);
                }
                e.intended = moved;
                e.date = moved;
                e.dateText = d.entryDateStyle.format(moved);
                d.plant(DefectKind.DATE_BACKWARDS, e, "");
            });
        }
        if (d.wants(DefectKind.IMPOSSIBLE_DATE)) {
            any(d, i -> !next(d, i, DefectKind.DATE_BACKWARDS)).ifPresent(e -> {
                impossible(d, e);
                d.plant(DefectKind.IMPOSSIBLE_DATE, e, "/date");
            });
        }
    }

    /** The project starts after its first report was written: the start moves past that date. */
    private static void dateBeforeProject(Draft d) {
        EntryDraft first = d.entries.get(0);
        if (d.isTarget(first)) {
            return;
        }
        long gap = ChronoUnit.DAYS.between(first.intended, d.entries.get(1).intended);
        if (gap < 2) {
            return;
        }
        d.startDate = first.intended.plusDays(d.pick.between(1L, Math.min(40, gap - 1)));
        d.plant(DefectKind.DATE_BEFORE_PROJECT, first, "");
    }

    /** A day the entry's month (or the nearest short month) does not have: 31/4, 30/2, 29/2 of a common year. */
    private static void impossible(Draft d, EntryDraft e) {
        LocalDate at = e.intended;
        int month = SHORT_MONTH_NEAR[at.getMonthValue() - 1];
        int day;
        if (month == 2) {
            day = at.isLeapYear() ? d.pick.between(30, 31) : d.pick.between(29, 31);
        } else {
            day = 31;
        }
        e.date = null;
        e.dateText = d.entryDateStyle.format(day, month, at.getYear());
    }

    /** Empty, unnumbered and misnumbered entries, then every printed number. */
    void plantStructure(Draft d) {
        List<EntryDraft> es = d.entries;
        if (d.wants(DefectKind.EMPTY_ENTRY)) {
            List<Integer> places = new ArrayList<>();
            for (int i = 1; i < es.size(); i++) {
                if (!ordered(d, es.get(i))) {
                    places.add(i);
                }
            }
            if (!places.isEmpty()) {
                EntryDraft empty = EntryDraft.emptyEntry();
                es.add(d.pick.one(places), empty);
                d.plant(DefectKind.EMPTY_ENTRY, empty, "");
            }
        }
        EntryDraft unnumbered = null;
        if (d.wants(DefectKind.ENTRY_WITHOUT_NUMBER)) {
            EntryDraft last = es.get(es.size() - 1);
            if (d.pick.chance(0.5) && !last.empty && last.hasProgress && last.date != null && !d.isTarget(last)) {
                // As the seed: the last entry printed once more, without its number, after an edit.
                unnumbered = last.reprint();
                unnumbered.dateText = (d.entryDateStyle == DateStyle.SLASH ? DateStyle.SLASH_PADDED
                        : d.entryDateStyle).format(last.date);
                if (last.category == StatusCategory.CANCELLED || last.category == StatusCategory.SUSPENDED) {
                    unnumbered.onPlan = false;
                    unnumbered.onTarget = false;
                }
                es.add(unnumbered);
            } else {
                unnumbered = any(d, i -> i > 0 && !es.get(i).empty).orElse(null);
                if (unnumbered != null) {
                    unnumbered.numberPrinted = false;
                }
            }
            if (unnumbered != null) {
                d.plant(DefectKind.ENTRY_WITHOUT_NUMBER, unnumbered, "");
            }
        }
        number(d);
    }

    private static void number(Draft d) {
        List<EntryDraft> es = d.entries;
        int n = 0;
        for (EntryDraft e : es) {
            if (!e.reprint) {
                e.number = ++n;
            }
        }
        boolean skip = d.wants(DefectKind.NUMBER_SKIPPED);
        if (skip || d.wants(DefectKind.NUMBER_REPEATED)) {
            any(d, i -> i > 0 && es.get(i).numberPrinted && es.get(i - 1).numberPrinted).ifPresent(e -> {
                int at = es.indexOf(e);
                int shift = skip ? d.pick.between(1, 2) : -1;
                for (int i = at; i < es.size(); i++) {
                    if (es.get(i).number != null) {
                        es.get(i).number += shift;
                    }
                }
                d.plant(skip ? DefectKind.NUMBER_SKIPPED : DefectKind.NUMBER_REPEATED, e, "");
            });
        }
    }

    /** Defects only the print shows: a list number repeated or skipped, markup left in a status. */
    void plantPrint(Draft d) {
        if (d.wants(DefectKind.LIST_NUMBERING)) {
            boolean objectives = d.pick.chance(0.5);
            List<PrintedItem> items = objectives ? d.objectives : d.targets;
            if (items.size() >= 2) {
                List<PrintedItem> renumbered = renumber(d.pick, items);
                if (objectives) {
                    d.objectives = renumbered;
                } else {
                    d.targets = renumbered;
                }
                d.plant(DefectKind.LIST_NUMBERING, objectives ? "/project/objectives" : "/project/targets");
            }
        }
        if (d.wants(DefectKind.STRAY_MARKUP)) {
            any(d, i -> d.entries.get(i).status != null).ifPresent(e -> {
                e.printedStatus = withMarkup(e.status);
                d.plant(DefectKind.STRAY_MARKUP, e, "/status");
            });
        }
    }

    private static List<PrintedItem> renumber(Pick pick, List<PrintedItem> items) {
        int at = pick.between(1, items.size() - 1);
        boolean repeat = pick.chance(0.6);
        List<PrintedItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int n = i + 1;
            if (i >= at) {
                // A repeated number shifts the rest back by one (1, 2, 2, 3); a skipped one forward (1, 3, 4).
                n = repeat ? i : i + 2;
            }
            out.add(new PrintedItem(n + ".", items.get(i).lines()));
        }
        return out;
    }

    /** The system's export leaves a checkbox's markup before each numbered reason (the seed's reports 10, 11). */
    static String withMarkup(String status) {
        String marked = status.replaceAll("(^|\\s)(\\d+\\.) ", "$1$2 " + MARKUP + " ");
        return marked.equals(status) ? MARKUP + " " + status : marked;
    }

    private static boolean ordered(Draft d, EntryDraft e) {
        for (Planted p : d.planted) {
            if (p.entry() == e && (p.kind() == DefectKind.DATE_BACKWARDS || p.kind() == DefectKind.PROGRESS_DECREASE)) {
                return true;
            }
        }
        return false;
    }

    /** True when the entry after {@code i} is the target of {@code kind}, which compares it with entry i. */
    private static boolean next(Draft d, int i, DefectKind kind) {
        if (i + 1 >= d.entries.size()) {
            return false;
        }
        for (Planted p : d.planted) {
            if (p.kind() == kind && p.entry() == d.entries.get(i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<EntryDraft> first(Draft d, IntPredicate fits) {
        for (int i = 0; i < d.entries.size(); i++) {
            if (fits.test(i) && !d.isTarget(d.entries.get(i))) {
                return java.util.Optional.of(d.entries.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<EntryDraft> any(Draft d, IntPredicate fits) {
        List<EntryDraft> candidates = new ArrayList<>();
        for (int i = 0; i < d.entries.size(); i++) {
            if (fits.test(i) && !d.isTarget(d.entries.get(i))) {
                candidates.add(d.entries.get(i));
            }
        }
        return candidates.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(d.pick.one(candidates));
    }
}
