package raingan.review;

/**
 * A finding as the document page lists it.
 *
 * @param anchor the id of the row, group or page it links to; null when the record has nothing there
 */
record FindingView(String rule, String severity, String at, String message, String anchor) {
}
