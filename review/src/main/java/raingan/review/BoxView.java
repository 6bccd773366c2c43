package raingan.review;

/**
 * A provenance box drawn over a page image.
 *
 * @param pointer the value it shows, by JSON Pointer
 * @param target  the row or group of the field list it links to
 * @param style   its CSS position on the page, in percent
 * @param label   what it shows, for its tooltip
 * @param kind    {@code field}, or {@code entry} for a whole report entry (drawn beneath the fields)
 * @param severity the gravest finding at it, or null
 */
record BoxView(String pointer, String target, String style, String label, String kind, String severity) {
}
