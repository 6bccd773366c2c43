package raingan.ingest.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.layout.TextBlock;
import raingan.ingest.extract.layout.TextSpan;

/**
 * Turns a page's glyphs, in drawing order, into lines of text, top to bottom.
 *
 * <p>Glyphs drawn one after another on one baseline form a run; a run keeps the drawing
 * order, so Thai marks stay after their consonant whatever their x position. Runs on the
 * same baseline (a table's label cell and its value cell) are one line, ordered left to
 * right; lines are ordered top to bottom. A space goes where the ink has a real gap.
 * Pure: same glyphs, same text.
 */
final class LineAssembler {

    /** Baselines closer than this (in font sizes) are one line. */
    private static final float SAME_BASELINE = 0.45f;
    /** A horizontal gap wider than this (in font sizes) is a word space. */
    private static final float SPACE_GAP = 0.18f;
    /** A forward jump wider than this, or any step back, starts a new run (another cell). */
    private static final float NEW_RUN_GAP = 1.5f;

    private LineAssembler() {
    }

    /** The glyphs' lines top to bottom, each placed at its ink's top (a font size above its baseline). */
    static List<TextBlock> lines(List<Glyph> glyphs) {
        List<Line> lines = new ArrayList<>();
        for (Run run : runs(glyphs)) {
            place(run, lines);
        }
        lines.sort(Comparator.comparingDouble((Line l) -> l.baseline));
        List<TextBlock> out = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text().strip();
            if (!text.isEmpty()) {
                Box box = line.box();
                out.add(new TextBlock(box.top(), text, List.of(new TextSpan(text, box, null))));
            }
        }
        return out;
    }

    private static List<Run> runs(List<Glyph> glyphs) {
        List<Run> runs = new ArrayList<>();
        Run run = null;
        for (Glyph g : glyphs) {
            if (run != null && (g.isMark() || run.continuesWith(g))) {
                run.add(g);
            } else if (!g.isBlank() && !g.isMark()) {
                run = new Run(g);
                runs.add(run);
            }
            // A mark or a space with no run before it has nothing to attach to.
        }
        return runs;
    }

    private static void place(Run run, List<Line> lines) {
        Line best = null;
        float bestDistance = Float.MAX_VALUE;
        for (Line line : lines) {
            float distance = Math.abs(line.baseline - run.baseline);
            if (distance <= SAME_BASELINE * Math.max(line.size, run.size) && distance < bestDistance) {
                best = line;
                bestDistance = distance;
            }
        }
        if (best == null) {
            best = new Line(run.baseline, run.size);
            lines.add(best);
        }
        best.add(run);
    }

    /** Glyphs drawn in sequence on one baseline, text kept in drawing order. */
    private static final class Run {
        final float baseline;
        final float size;
        final float start;
        float end;
        final StringBuilder text = new StringBuilder();

        Run(Glyph first) {
            baseline = first.y();
            size = first.size();
            start = first.x();
            end = first.end();
            text.append(first.text());
        }

        boolean continuesWith(Glyph g) {
            float scale = Math.max(size, g.size());
            return Math.abs(g.y() - baseline) <= SAME_BASELINE * scale
                    && g.x() >= end - 0.5f * scale
                    && g.x() <= end + NEW_RUN_GAP * scale;
        }

        void add(Glyph g) {
            if (g.isBlank()) {
                appendSpace();
            } else {
                if (!g.isMark() && g.x() - end > SPACE_GAP * Math.max(size, g.size())) {
                    appendSpace();
                }
                text.append(g.text());
            }
            // Marks may sit left of the consonant's end (ฝ่): they never pull the end back.
            end = Math.max(end, g.end());
        }

        private void appendSpace() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }
    }

    /** Runs sharing a baseline, e.g. a form's label and its value. */
    private static final class Line {
        final float baseline;
        final float size;
        final List<Run> runs = new ArrayList<>();

        Line(float baseline, float size) {
            this.baseline = baseline;
            this.size = size;
        }

        void add(Run run) {
            for (Run other : runs) {
                // The same text drawn twice on the same spot is fake bold, not two words.
                if (Math.abs(other.start - run.start) < 0.3f * size
                        && other.text.toString().contentEquals(run.text)) {
                    return;
                }
            }
            runs.add(run);
        }

        /** From its first glyph to its last, from a font size above the baseline to a third below it. */
        Box box() {
            double left = runs.stream().mapToDouble(r -> r.start).min().orElse(0);
            double right = runs.stream().mapToDouble(r -> r.end).max().orElse(left);
            return new Box(left, Math.max(0, baseline - size), Math.max(left, right), baseline + size / 3);
        }

        String text() {
            runs.sort(Comparator.comparingDouble(r -> r.start));
            StringBuilder sb = new StringBuilder();
            Run previous = null;
            for (Run run : runs) {
                if (previous != null && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' '
                        && run.start - previous.end > SPACE_GAP * size) {
                    sb.append(' ');
                }
                sb.append(run.text);
                previous = run;
            }
            return sb.toString();
        }
    }
}
