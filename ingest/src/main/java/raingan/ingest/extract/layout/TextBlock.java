package raingan.ingest.extract.layout;

import java.util.List;

/**
 * A piece of a page's text with where it starts: a line of running text, or a table's row.
 *
 * @param top   the top of its ink or of its row
 * @param text  the text, one line (a band of running text read at once may hold several)
 * @param spans the lines it was read from, in the order their text stands in {@code text}
 */
public record TextBlock(double top, String text, List<TextSpan> spans) {

    public TextBlock {
        spans = List.copyOf(spans);
    }
}
