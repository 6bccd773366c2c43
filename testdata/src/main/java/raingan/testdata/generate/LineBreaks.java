package raingan.testdata.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the person typing a paragraph into the system pressed Enter: the paragraph broken
 * into lines at spaces, so that joining the lines with single spaces gives it back.
 * A line never starts like a new item ({@code 2.}, {@code -}), so the print stays readable.
 */
final class LineBreaks {

    private static final Pattern ITEM_START = Pattern.compile("^(\\d+\\.|-|[๐-๙]+\\.)");

    private LineBreaks() {
    }

    /** With probability {@code chance} the text is broken into lines of some 40–140 characters. */
    static List<String> split(Pick pick, String text, double chance) {
        if (!pick.chance(chance)) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        String[] words = text.split(" ");
        StringBuilder line = new StringBuilder();
        int width = pick.between(40, 140);
        for (String word : words) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width && !ITEM_START.matcher(word).find()) {
                lines.add(line.toString());
                line.setLength(0);
                width = pick.between(40, 140);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
