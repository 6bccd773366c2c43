package raingan.testdata.print;

import java.util.List;

/**
 * The body rows of one report's sheet: the outer one-column table whose header (the form's
 * title) Chromium repeats at the top of every printed page.
 */
final class SheetRows {

    private final StringBuilder sb = new StringBuilder();

    void raw(String html) {
        sb.append("<tr><td>").append(html).append("</td></tr>\n");
    }

    /** A row that must not break across pages. */
    void unbroken(String css, String html) {
        sb.append("<tr class=\"").append(css).append("\"><td>").append(html).append("</td></tr>\n");
    }

    void div(String css, String text) {
        raw("<div class=\"" + css + "\">" + FormHtmlWriter.esc(text) + "</div>");
    }

    /** A text whose first line follows {@code lead}, its other lines broken where the writer broke them. */
    void lines(String css, String lead, List<String> lines) {
        raw("<div class=\"" + css + "\">" + FormHtmlWriter.lines(lead, lines) + "</div>");
    }

    void items(List<PrintedItem> items) {
        for (PrintedItem item : items) {
            lines("item", item.marker() + " ", item.lines());
        }
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
