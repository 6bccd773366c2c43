package raingan.ingest.extract.layout;

/**
 * One line of a page's text where it was read: a line of running text, or a line of a table cell.
 *
 * @param text       the line's text
 * @param box        where its ink lies, in the page's units
 * @param confidence the recogniser's confidence 0..1 in it, or null when read from a text layer
 */
public record TextSpan(String text, Box box, Double confidence) {
}
