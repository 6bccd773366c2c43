package raingan.ingest.extract.layout;

/**
 * A piece of a page's text with where it starts: a line of running text, or a table's row.
 *
 * @param top  the top of its ink or of its row
 * @param text the text, one line
 */
public record TextBlock(double top, String text) {
}
