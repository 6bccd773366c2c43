package raingan.testdata.print;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The layout and type a report is printed in.
 *
 * @param layout    ruled tables or flowing lines
 * @param font      a Thai font family from Debian's fonts-thai-tlwg
 * @param pointSize the body size, 14–16 pt
 */
public record PrintStyle(PrintLayout layout, String font, int pointSize) {

    /**
     * The fonts of Debian's fonts-thai-tlwg that an office prints reports in: Laksaman is the TH
     * Sarabun clone the government prescribes, the others stand for the browsers' and offices'
     * defaults (Tahoma-like Loma and Waree, Garuda, the Kinnari and Norasi serifs, Umpush,
     * Sawasdee). The typewriter and handwriting families are left out: no system prints in them.
     */
    public static final List<String> FONTS = List.of("Laksaman", "Garuda", "Kinnari", "Norasi", "Loma", "Umpush",
            "Sawasdee", "Waree");

    /** The layout every report had before ruled tables: Laksaman at 16 pt. */
    public static final PrintStyle FLOW = new PrintStyle(PrintLayout.FLOW, "Laksaman", 16);

    public PrintStyle {
        if (pointSize < 8 || pointSize > 24) {
            throw new IllegalArgumentException("point size must be 8..24, was " + pointSize);
        }
    }

    /**
     * The style of the report with {@code seed}: the flow layout as it always was, or the ruled
     * one in a font and size drawn from the seed. The draw uses a stream of its own, so the
     * report's content is the same whatever it is printed in.
     */
    public static PrintStyle of(PrintLayout layout, long seed) {
        if (layout == PrintLayout.FLOW) {
            return FLOW;
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        return new PrintStyle(layout, FONTS.get(random.nextInt(FONTS.size())), 14 + random.nextInt(3));
    }
}
