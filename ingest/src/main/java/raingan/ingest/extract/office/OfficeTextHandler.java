package raingan.ingest.extract.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML events as lines: each paragraph, heading, list item or
 * table row is one line, and a row's cells are joined by a tab (as are tab stops), so a
 * form's label cell and its value cell stay on one line. {@code <div class="page">} starts a
 * new page. Single use.
 */
final class OfficeTextHandler extends DefaultHandler {

    /** Spaces around a tab: the cell break between a label and its value. */
    private static final Pattern CELL_BREAK = Pattern.compile(" *\t[ \t]*");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div",
            "pre", "blockquote", "dt", "dd", "caption", "title");

    private final List<String> pages = new ArrayList<>();
    private final StringBuilder page = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private int head;
    private int rows;
    private int preformatted;
    private boolean firstCell;

    /** The pages collected, at least one (possibly empty). */
    List<String> pages() {
        List<String> all = new ArrayList<>(pages);
        endLine();
        if (all.isEmpty() || page.length() > 0) {
            all.add(page.toString());
        }
        return all;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        switch (name) {
            case "head" -> head++;
            case "tr" -> {
                endLine();
                rows++;
                firstCell = true;
            }
            case "td", "th" -> {
                if (!firstCell) {
                    line.append('\t');
                }
                firstCell = false;
            }
            case "br" -> separate();
            case "pre" -> {
                preformatted++;
                separate();
            }
            case "div" -> {
                if ("page".equals(atts.getValue("class"))) {
                    endPage();
                } else {
                    separate();
                }
            }
            default -> {
                if (BLOCKS.contains(name)) {
                    separate();
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        switch (name) {
            case "head" -> head--;
            case "tr" -> {
                endLine();
                rows--;
            }
            case "pre" -> {
                preformatted--;
                separate();
            }
            default -> {
                if (BLOCKS.contains(name)) {
                    separate();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (head > 0) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (preformatted > 0 && c == '\n') {
                endLine();
            } else if (c == '\t') {
                line.append('\t'); // a tab stop between a label and its value, or an RTF cell end
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                space();
            } else {
                line.append(c);
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // Tika sends the layout newlines of its XHTML here: they are not the document's.
    }

    /** Inside a table row a block is a space within the cell, elsewhere it ends the line. */
    private void separate() {
        if (rows > 0) {
            space();
        } else {
            endLine();
        }
    }

    private void space() {
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) != ' ' && line.charAt(n - 1) != '\t') {
            line.append(' ');
        }
    }

    private void endLine() {
        String text = CELL_BREAK.matcher(line).replaceAll("\t").strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            if (page.length() > 0) {
                page.append('\n');
            }
            page.append(text);
        }
    }

    private void endPage() {
        endLine();
        if (page.length() > 0) {
            pages.add(page.toString());
            page.setLength(0);
        }
    }
}
