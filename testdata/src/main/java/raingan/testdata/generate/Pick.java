package raingan.testdata.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random choices for one generated report, all drawn from one seeded source so that the
 * same seed always gives the same report. Not thread-safe: one instance per report.
 */
final class Pick {

    private final SplittableRandom random;

    Pick(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A value in {@code [from, to]}, both ends included. */
    int between(int from, int to) {
        return from == to ? from : random.nextInt(from, to + 1);
    }

    long between(long from, long to) {
        return from == to ? from : random.nextLong(from, to + 1);
    }

    double fraction(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T one(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T oneOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** {@code count} different items in their original order (fewer if the list is shorter). */
    <T> List<T> some(List<T> items, int count) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            indices.add(i);
        }
        shuffle(indices);
        List<Integer> chosen = new ArrayList<>(indices.subList(0, Math.min(count, indices.size())));
        chosen.sort(null);
        List<T> result = new ArrayList<>();
        for (int i : chosen) {
            result.add(items.get(i));
        }
        return result;
    }

    <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }

    /** A string of {@code length} random decimal digits. */
    String digits(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }
}
