package raingan.testdata.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import raingan.model.StatusCategory;

/** How a project's year went, as the sequence of its entries' status categories. */
enum Storyline {
    COMPLETED, ONGOING, SUSPENDED_THEN_CANCELLED, SUSPENDED_THEN_RESUMED, NEVER_STARTED;

    /** The least number of entries the storyline needs. */
    int minEntries() {
        return switch (this) {
            case COMPLETED, ONGOING, NEVER_STARTED -> 2;
            case SUSPENDED_THEN_CANCELLED -> 3;
            case SUSPENDED_THEN_RESUMED -> 4;
        };
    }

    /**
     * Categories for {@code n >= minEntries()} entries in date order.
     *
     * @param mustComplete  end on a completed entry (only {@link #SUSPENDED_THEN_RESUMED} chooses)
     * @param mustCancel    end on a cancelled entry (only {@link #NEVER_STARTED} chooses)
     */
    List<StatusCategory> categories(Pick pick, int n, boolean mustComplete, boolean mustCancel) {
        List<StatusCategory> out = new ArrayList<>();
        switch (this) {
            case COMPLETED -> {
                int notStarted = pick.between(0, Math.min(2, n - 2));
                add(out, StatusCategory.NOT_STARTED, notStarted);
                add(out, StatusCategory.IN_PROGRESS, n - notStarted - 1);
                out.add(StatusCategory.COMPLETED);
            }
            case ONGOING -> {
                int notStarted = pick.between(0, Math.min(2, n - 1));
                add(out, StatusCategory.NOT_STARTED, notStarted);
                add(out, StatusCategory.IN_PROGRESS, n - notStarted);
            }
            case SUSPENDED_THEN_CANCELLED -> {
                int cancelled = n >= 5 && pick.chance(0.3) ? 2 : 1;
                int rest = n - cancelled;
                int suspended = pick.between(1, Math.max(1, rest - 1));
                add(out, StatusCategory.IN_PROGRESS, rest - suspended);
                add(out, StatusCategory.SUSPENDED, suspended);
                add(out, StatusCategory.CANCELLED, cancelled);
            }
            case SUSPENDED_THEN_RESUMED -> {
                boolean complete = mustComplete || pick.chance(0.5);
                int rest = complete ? n - 1 : n;
                int before = pick.between(1, rest - 2);
                int suspended = pick.between(1, rest - before - 1);
                add(out, StatusCategory.IN_PROGRESS, before);
                add(out, StatusCategory.SUSPENDED, suspended);
                add(out, StatusCategory.IN_PROGRESS, rest - before - suspended);
                if (complete) {
                    out.add(StatusCategory.COMPLETED);
                }
            }
            case NEVER_STARTED -> {
                boolean cancel = mustCancel || pick.chance(0.4);
                add(out, StatusCategory.NOT_STARTED, cancel ? n - 1 : n);
                if (cancel) {
                    out.add(StatusCategory.CANCELLED);
                }
            }
        }
        return out;
    }

    private static void add(List<StatusCategory> out, StatusCategory category, int count) {
        out.addAll(Collections.nCopies(Math.max(0, count), category));
    }
}
