package raingan.batch.walk;

import java.util.Comparator;

/**
 * Orders relative paths ({@code /} separators) folder by folder, each name by its UTF-16
 * code units: the order a sorted depth-first walk visits them in ({@code a/b.txt} before
 * {@code a.txt}, unlike plain string order). Manifest, JSON Lines and findings use it.
 */
public final class PathOrder implements Comparator<String> {

    public static final PathOrder INSTANCE = new PathOrder();

    private PathOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = segmentEnd(a, i);
            int endB = segmentEnd(b, j);
            int c = compareRange(a, i, endA, b, j, endB);
            if (c != 0) {
                return c;
            }
            i = endA + 1;
            j = endB + 1;
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static int segmentEnd(String s, int from) {
        int slash = s.indexOf('/', from);
        return slash < 0 ? s.length() : slash;
    }

    private static int compareRange(String a, int i, int endA, String b, int j, int endB) {
        int n = Math.min(endA - i, endB - j);
        for (int k = 0; k < n; k++) {
            int c = Character.compare(a.charAt(i + k), b.charAt(j + k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(endA - i, endB - j);
    }
}
