package raingan.review;

/**
 * One page of a source document as an image of the report.
 *
 * @param number 1-based page number
 * @param href   the image, relative to the report folder
 * @param frame  the page's size in the units of its provenance boxes
 */
record PageImage(int number, String href, PageFrame frame) {
}
