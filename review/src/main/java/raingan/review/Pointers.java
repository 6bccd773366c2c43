package raingan.review;

import java.util.Collection;
import java.util.Set;

/** JSON Pointers of a record's values, as findings and provenance name them ({@code /reports/2/date}). */
final class Pointers {

    private Pointers() {
    }

    /** The pointer one level up ({@code /reports/2} for {@code /reports/2/date}), or null at the top. */
    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? null : pointer.substring(0, slash);
    }

    /** {@code pointer} itself or its nearest ancestor in {@code known}, or null when none is. */
    static String selfOrAncestor(String pointer, Set<String> known) {
        for (String p = pointer; p != null; p = parent(p)) {
            if (known.contains(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Where a link to {@code pointer} should go among {@code known}: the pointer itself, else the
     * first of its descendants (a finding about a whole list goes to its first item), else its
     * nearest ancestor; null when none is known, and for the whole record ({@code ""}).
     */
    static String anchor(String pointer, Set<String> known, Collection<String> inOrder) {
        if (pointer.isEmpty()) {
            return null;
        }
        if (known.contains(pointer)) {
            return pointer;
        }
        String prefix = pointer + "/";
        for (String p : inOrder) {
            if (p.startsWith(prefix)) {
                return p;
            }
        }
        return selfOrAncestor(pointer, known);
    }
}
