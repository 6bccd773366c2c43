package raingan.testdata.print;

import java.util.List;

/**
 * One bullet or numbered item of sections 1.3–1.5 as printed.
 *
 * @param marker the printed marker, {@code -} or {@code 2.}; it need not match the item's position
 * @param lines  the item's text broken where the writer pressed Enter; joined with single spaces
 *               they give the item's value
 */
public record PrintedItem(String marker, List<String> lines) {

    public PrintedItem {
        lines = List.copyOf(lines);
    }

    public String text() {
        return String.join(" ", lines);
    }
}
