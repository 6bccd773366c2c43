package raingan.ingest.extract.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import raingan.ingest.thai.ThaiChars;

/**
 * Writes what a page's layout holds as the text the form parser reads, the shape of the
 * system's own text export: running lines as they stand, each table row as one line of its
 * cells separated by tabs, everything top to bottom. A label cell ({@code ชื่อโครงการ/กิจกรรม :})
 * and its value cell so become {@code label :⇥value}, and an entry row of section 2 the
 * export's tabbed line.
 */
public final class LayoutText {

    private LayoutText() {
    }

    /**
     * A cell's lines as one value. A line that wrapped between two Thai letters, or after a slash
     * or hyphen, joins without a space: Thai puts none between words, so the wrap fell inside a
     * run of them. Anything else (a wrap at a space, Latin words, digits) joins with one.
     */
    public static String cell(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && !wrappedInsideAWord(sb.charAt(sb.length() - 1), line.charAt(0))) {
                sb.append(' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    private static boolean wrappedInsideAWord(char before, char after) {
        return ThaiChars.isThai(after) && (ThaiChars.isThai(before) || before == '/' || before == '-');
    }

    /** A table row's cells as one tab-separated line, or null when every cell is empty. */
    public static String row(List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return null;
        }
        return String.join("\t", cells).stripTrailing();
    }

    /** The blocks top to bottom (blocks starting at one height keep their order), one per line. */
    public static String compose(List<TextBlock> blocks) {
        StringBuilder page = new StringBuilder();
        for (TextBlock b : inReadingOrder(blocks)) {
            if (b.text() == null || b.text().isBlank()) {
                continue;
            }
            if (page.length() > 0) {
                page.append('\n');
            }
            page.append(b.text());
        }
        return page.toString();
    }

    /** The spans of the blocks, in the order {@link #compose} writes their text. */
    public static List<TextSpan> spans(List<TextBlock> blocks) {
        List<TextSpan> spans = new ArrayList<>();
        for (TextBlock b : inReadingOrder(blocks)) {
            if (b.text() != null && !b.text().isBlank()) {
                spans.addAll(b.spans());
            }
        }
        return spans;
    }

    private static List<TextBlock> inReadingOrder(List<TextBlock> blocks) {
        List<TextBlock> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparingDouble(TextBlock::top));
        return sorted;
    }
}
