package raingan.ingest.extract.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import raingan.ingest.extract.layout.Box;

/**
 * Groups a region's ink into text lines, each with the marks that belong to it.
 *
 * <p>Thai consonants stand on the baseline, so the bottoms of the letter-sized components pile
 * up at each line's baseline: the piles, strongest first and each at least a line apart, are
 * the lines. Each line's body is the band of one letter height above its baseline. A component
 * centred in a body belongs to that line. A mark above or below the letters belongs to the
 * line of the component it sits on or hangs from: the nearest one straight above or below it.
 * So a tone mark stacked on an upper vowel (ที่, ครั้ง), which on tightly set lines reaches as
 * close to the line above as to its own letter, follows its vowel, and the vowel its consonant.
 * Tesseract's own line finder hands such marks to the line above or drops them; one line at a
 * time it reads them right. Where the geometry cannot tell (a vowel below one line touching a
 * mark over the next, inked together or apart), the mark is reported in doubt for the reader to
 * try on both lines. Pure: the same boxes give the same lines.
 */
final class LineSegmenter {

    /** A component at least this share of the typical height is a letter; smaller ones are marks. */
    private static final double LETTER = 0.6;
    /** Letter-sized components taller than this many letter heights are marks of two lines joined. */
    private static final double TALLEST_LETTER = 2.2;
    /** Two baselines closer than this many letter heights are one line. */
    private static final double LINE_APART = 1.3;
    /** Signs closer than this (in letter heights) are on one line: the two dots of a colon. */
    private static final double SAME_SIGNS = 0.5;
    /** A sign further than this (in letter heights) from every line's letters is on a line of its own. */
    private static final double ORPHAN_GAP = 0.8;
    /**
     * Nothing further (in letter heights) above or below a mark is what it sits on: a comma
     * between digits has nothing of its own straight above or below, and goes by its body.
     */
    private static final double FARTHEST_STACKED = 0.6;
    /** A mark this close (in letter heights) above another mark is stacked on it. */
    private static final double STACK_GAP = 0.3;
    /** Two components overlapping across by this share of the narrower one are stacked. */
    private static final double STACKED = 0.3;
    /**
     * A mark this share of whose width lies under a letter close above it, and less than
     * {@link #PARTLY_OVER} over the mark below it, is in doubt: a vowel below lies under its
     * letter and may touch the next line's vowel in part (เรียนรู้ over ช่วย), but a tone at its
     * vowel's end lies so too.
     */
    private static final double WHOLLY_UNDER = 0.8;
    private static final double PARTLY_OVER = 0.5;

    /** A component this tall (in letter heights) lying in the gap between two lines is marks of both inked together. */
    private static final double ACROSS_GAP = 0.6;
    /** How far (in letter heights) such a component may reach past the gap, into either line's letters. */
    private static final double GAP_SLACK = 0.15;
    /** Its waist is looked for this share of its height away from its top and bottom. */
    private static final double WAIST = 0.25;

    /**
     * A mark narrower than this (in letter heights) is no vowel below, whose foot or loop widens
     * it, but a tone's tick (่): given to the line over it, it may be the next line's, but never
     * the other way round.
     */
    private static final double NARROWEST_BELOW = 0.22;
    /** A letter rising this far (in letter heights) over its line's body has an ascender (ป ฝ ฟ, ไ ใ โ). */
    private static final double ASCENDER = 0.25;

    /** How far above a line's letters (in letter heights) its marks may reach: a tone mark stacked on a vowel. */
    private static final double MARKS_ABOVE = 0.9;
    /** How far below its baseline (in letter heights) a line's lower vowels and tails may reach. */
    private static final double MARKS_BELOW = 0.5;

    /**
     * One text line.
     *
     * @param box   where the line's ink may lie: around all its components, and at least from as
     *              high as a stacked tone mark to as low as a lower vowel, so that a mark too faint
     *              to be found on its own is still on the line's image
     * @param parts    the components it holds
     * @param baseline where its letters stand
     * @param letter   the height of its letters (a consonant's)
     * @param signs    true for a line of signs only, no letter (a colon left alone by a wrap)
     */
    record Line(Box box, List<Box> parts, double baseline, double letter, boolean signs) {

        Line {
            parts = List.copyOf(parts);
        }
    }

    /**
     * Cuts a component in two where its ink is thinnest between two heights: a vowel below one
     * line inked together with a mark over the next.
     */
    interface Cut {
        /** The pieces, top first, or the component alone where it has no thin waist there. */
        List<Box> apart(Box component, double from, double to);
    }

    /**
     * The lines found, top to bottom, and the marks whose line is in doubt: each lies in the gap
     * between two lines and was given to the one it seemed nearer to.
     */
    record Segmentation(List<Line> lines, List<Box> inDoubt) {

        Segmentation {
            lines = List.copyOf(lines);
            inDoubt = List.copyOf(inDoubt);
        }
    }

    /** The lines of the components, top to bottom; empty when there is no letter. */
    List<Line> lines(List<Box> components) {
        return segment(components, (c, from, to) -> List.of(c)).lines();
    }

    /**
     * The lines of the components, top to bottom, those lying across the gap between two lines
     * cut apart by {@code cut}: the pieces go to the line the whole goes to, for the marks of a
     * stack that blur inked together (ที่) to stay together; which line the upper piece reads
     * better on is for the reader to try ({@link MarksBetweenLines}), as for the marks
     * {@link #inDoubt}.
     */
    Segmentation segment(List<Box> components, Cut cut) {
        if (components.isEmpty()) {
            return new Segmentation(List.of(), List.of());
        }
        double typical = median(components.stream().mapToDouble(Box::height).toArray());
        List<Box> letters = components.stream()
                .filter(c -> c.height() >= LETTER * typical && c.height() <= TALLEST_LETTER * 2 * typical).toList();
        if (letters.isEmpty()) {
            return new Segmentation(List.of(), List.of());
        }
        double letter = median(letters.stream().mapToDouble(Box::height).toArray());
        List<Double> baselines = baselines(letters.stream()
                .filter(c -> c.height() <= TALLEST_LETTER * letter).mapToDouble(Box::bottom).toArray(), letter);
        List<List<Box>> pieces = across(components, baselines, letter, cut);
        List<Box> bodies = new ArrayList<>();
        List<List<Box>> parts = new ArrayList<>();
        List<Boolean> signs = new ArrayList<>();
        for (double b : baselines) {
            bodies.add(new Box(0, b - letter, 0, b));
            parts.add(new ArrayList<>());
            signs.add(false);
        }
        int[] line = new int[components.size()];
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            line[i] = inBody(components.get(i), bodies);
            if (line[i] < 0) {
                open.add(i);
            }
        }
        boolean[] outsideBodies = new boolean[components.size()];
        open.forEach(i -> outsideBodies[i] = true);
        attachMarks(components, line, open, bodies, letter);
        List<Box> inDoubt = new ArrayList<>();
        List<Box> orphans = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Box c = components.get(i);
            int nearest = line[i] >= 0 ? line[i] : nearestBody(c, bodies);
            if (line[i] < 0 && gap(c, bodies.get(nearest)) > ORPHAN_GAP * letter) {
                orphans.add(c);
                continue;
            }
            parts.get(nearest).addAll(pieces.get(i));
            Box upper = pieces.get(i).get(0);
            boolean mayHang = upper.width() >= NARROWEST_BELOW * letter || upper.top() >= bodies.get(nearest).bottom();
            if (outsideBodies[i] && mayHang
                    && (pieces.get(i).size() > 1 || inDoubt(components, i, line, bodies, letter))) {
                inDoubt.add(upper);
            }
        }
        // Signs on a line of their own (the colon a wrapped label leaves on the next line) are a
        // line of their own, not a mark stretching the image of the line above to two.
        orphans.sort(Comparator.comparingDouble(Box::top));
        List<Box> run = new ArrayList<>();
        for (Box o : orphans) {
            if (!run.isEmpty() && o.top() > Box.around(run).bottom() + SAME_SIGNS * letter) {
                addOrphanLine(run, bodies, parts, signs, letter);
                run = new ArrayList<>();
            }
            run.add(o);
        }
        if (!run.isEmpty()) {
            addOrphanLine(run, bodies, parts, signs, letter);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<Box> p = parts.get(i);
            if (!p.isEmpty()) {
                Box u = Box.around(p);
                Box body = bodies.get(i);
                lines.add(new Line(u.union(new Box(u.left(), body.top() - MARKS_ABOVE * letter, u.right(),
                        body.bottom() + MARKS_BELOW * letter)), p, body.bottom(), letter, signs.get(i)));
            }
        }
        return new Segmentation(lines, inDoubt);
    }

    /**
     * The pieces of each component: those that fill the gap between two lines cut apart, for on
     * tightly set lines a vowel below one line (ุ ู) can touch a mark over the next, and the two,
     * inked as one, would go to one of the lines whole. Nothing else is that tall and stands in
     * the gap: a letter stands on a baseline, a mark is half as tall.
     */
    private static List<List<Box>> across(List<Box> components, List<Double> baselines, double letter, Cut cut) {
        List<List<Box>> out = new ArrayList<>(components.size());
        for (Box c : components) {
            List<Box> pieces = List.of(c);
            for (int i = 0; i + 1 < baselines.size(); i++) {
                double gapTop = baselines.get(i);
                double gapBottom = baselines.get(i + 1) - letter;
                if (c.height() >= ACROSS_GAP * letter && c.top() >= gapTop - GAP_SLACK * letter
                        && c.bottom() <= gapBottom + GAP_SLACK * letter) {
                    pieces = cut.apart(c, c.top() + WAIST * c.height(), c.bottom() - WAIST * c.height());
                    break;
                }
            }
            out.add(pieces);
        }
        return out;
    }

    /** The baselines, top to bottom: the strongest piles of letter bottoms, each a line from the others. */
    private static List<Double> baselines(double[] bottoms, double letter) {
        int radius = Math.max(1, (int) Math.round(letter * 0.1));
        double apart = LINE_APART * letter;
        Arrays.sort(bottoms);
        // How many bottoms lie within a tenth of a letter of each bottom: the piles' heights.
        int[] pile = new int[bottoms.length];
        for (int i = 0, lo = 0, hi = 0; i < bottoms.length; i++) {
            while (bottoms[lo] < bottoms[i] - radius) {
                lo++;
            }
            while (hi + 1 < bottoms.length && bottoms[hi + 1] <= bottoms[i] + radius) {
                hi++;
            }
            pile[i] = hi - lo + 1;
        }
        Integer[] order = new Integer[bottoms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> pile[b] != pile[a] ? pile[b] - pile[a] : Double.compare(bottoms[a], bottoms[b]));
        // Strongest first, so that the few bottoms of descending letters, a little under a baseline,
        // fall within a line of it and make no line of their own; a short line's pile still counts.
        List<Double> chosen = new ArrayList<>();
        for (int i : order) {
            double y = bottoms[i];
            if (chosen.stream().noneMatch(c -> Math.abs(c - y) < apart)) {
                chosen.add(y);
            }
        }
        chosen.sort(Double::compare);
        return chosen;
    }

    /** The line whose body holds the component's centre, or -1. */
    private static int inBody(Box c, List<Box> bodies) {
        double centre = (c.top() + c.bottom()) / 2;
        for (int i = 0; i < bodies.size(); i++) {
            if (centre >= bodies.get(i).top() && centre <= bodies.get(i).bottom()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Gives each open component the line of the component it sits on or hangs from, repeating
     * while marks stacked on marks resolve.
     */
    private static void attachMarks(List<Box> components, int[] line, List<Integer> open, List<Box> bodies,
                                    double letter) {
        boolean progress = true;
        while (progress && !open.isEmpty()) {
            progress = false;
            for (int k = 0; k < open.size(); k++) {
                int i = open.get(k);
                int neighbour = nearestStacked(components, i, line, bodies, letter);
                if (neighbour >= 0 && line[neighbour] >= 0) {
                    line[i] = line[neighbour];
                    open.remove(k--);
                    progress = true;
                }
            }
        }
    }

    /**
     * The component {@code i} sits on or hangs from, or -1: the nearest component straight below
     * it (its letter, or the vowel a tone mark is stacked on), unless a letter straight above it
     * is clearly nearer (a lower vowel hanging from its letter). On tightly set lines a stacked
     * tone mark can touch the line above; a mark close above another mark is stacked on it all
     * the same, for nothing of the line above sits on a mark; {@link #inDoubt} tells where that
     * may be wrong.
     */
    private static int nearestStacked(List<Box> components, int i, int[] line, List<Box> bodies, double letter) {
        Neighbours n = neighbours(components, i, line, bodies, letter);
        return choose(components, n, n.belowGap(), letter);
    }

    private static int choose(List<Box> components, Neighbours n, double belowGap, double letter) {
        if (n.below() < 0 || n.above() < 0) {
            return n.below() < 0 ? n.above() : n.below();
        }
        boolean onAMark = components.get(n.below()).height() < LETTER * letter && belowGap <= STACK_GAP * letter;
        return onAMark || belowGap <= 2 * n.aboveGap() + 2 ? n.below() : n.above();
    }

    /**
     * Whether a mark given to what lies below it may as well hang from the letter close above.
     * Either it lies wholly under that letter and only partly over the mark below, as a lower
     * vowel touching the next line's vowel does (เรียนรู้ over ช่วย), and a tone at its vowel's end
     * may; or what lies below is a letter with an ascender (ป ฝ ฟ, ไ ใ โ), which reaches up to a
     * vowel hanging from the line above (รูป over ประเทศ) as it does to a mark of its own, and
     * measured from the letter's body the mark would hang.
     */
    private static boolean inDoubt(List<Box> components, int i, int[] line, List<Box> bodies, double letter) {
        Neighbours n = neighbours(components, i, line, bodies, letter);
        if (n.above() < 0 || n.below() < 0 || choose(components, n, n.belowGap(), letter) != n.below()) {
            return false;
        }
        Box m = components.get(i);
        return choose(components, n, n.belowBodyGap(), letter) == n.above()
                || n.aboveGap() <= STACK_GAP * letter && under(m, components.get(n.above())) >= WHOLLY_UNDER
                && under(m, components.get(n.below())) < PARTLY_OVER;
    }

    /**
     * The nearest component straight below a mark and the nearest letter straight above it, -1
     * where none is near, and how far below it the body of the letter below starts.
     */
    private record Neighbours(int above, double aboveGap, int below, double belowGap, double belowBodyGap) {
    }

    private static Neighbours neighbours(List<Box> components, int i, int[] line, List<Box> bodies, double letter) {
        Box m = components.get(i);
        int below = -1;
        double belowGap = Double.MAX_VALUE;
        double belowBodyGap = Double.MAX_VALUE;
        int above = -1;
        double aboveGap = Double.MAX_VALUE;
        for (int j = 0; j < components.size(); j++) {
            Box o = components.get(j);
            double overlap = Math.min(m.right(), o.right()) - Math.max(m.left(), o.left());
            if (j == i || overlap < STACKED * Math.min(m.width(), o.width())) {
                continue;
            }
            if (o.top() >= m.bottom() - 1 || (o.top() + o.bottom()) / 2 > (m.top() + m.bottom()) / 2) {
                double gap = Math.max(0, o.top() - m.bottom());
                if (gap < belowGap && gap <= FARTHEST_STACKED * letter) {
                    below = j;
                    belowGap = gap;
                    boolean aLetter = o.height() >= LETTER * letter && line[j] >= 0;
                    double body = aLetter ? bodies.get(line[j]).top() : o.top();
                    belowBodyGap = o.top() < body - ASCENDER * letter ? Math.max(0, body - m.bottom()) : gap;
                }
            } else if (o.height() >= LETTER * letter) {
                double gap = Math.max(0, m.top() - o.bottom());
                if (gap < aboveGap && gap <= FARTHEST_STACKED * letter) {
                    above = j;
                    aboveGap = gap;
                }
            }
        }
        return new Neighbours(above, aboveGap, below, belowGap, belowBodyGap);
    }

    /** The share of the mark's width that lies straight over or under the other component. */
    private static double under(Box mark, Box other) {
        return Math.max(0, Math.min(mark.right(), other.right()) - Math.max(mark.left(), other.left())) / mark.width();
    }

    private static double gap(Box c, Box body) {
        return Math.max(0, Math.max(body.top() - c.bottom(), c.top() - body.bottom()));
    }

    /** A line of signs only, placed among the others by its height, its bottom for a baseline. */
    private static void addOrphanLine(List<Box> run, List<Box> bodies, List<List<Box>> parts, List<Boolean> signs,
                                      double letter) {
        Box u = Box.around(run);
        int at = 0;
        while (at < bodies.size() && bodies.get(at).top() < u.top()) {
            at++;
        }
        bodies.add(at, new Box(0, u.bottom() - letter, 0, u.bottom()));
        parts.add(at, new ArrayList<>(run));
        signs.add(at, true);
    }


    /** The line whose body is nearest across the gap. */
    private static int nearestBody(Box c, List<Box> bodies) {
        int best = 0;
        double bestGap = Double.MAX_VALUE;
        for (int i = 0; i < bodies.size(); i++) {
            Box body = bodies.get(i);
            double gap = Math.max(body.top() - c.bottom(), c.top() - body.bottom());
            if (gap < bestGap) {
                best = i;
                bestGap = gap;
            }
        }
        return best;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
