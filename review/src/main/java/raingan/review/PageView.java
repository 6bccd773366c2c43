package raingan.review;

import java.util.List;

/**
 * A page image with its boxes.
 *
 * @param pointer {@code /source/pages/<i>}, the page's id (findings about a page point there)
 * @param number  1-based page number
 * @param src     the image, relative to the document page
 * @param boxes   the boxes on it, larger ones first so that smaller ones stay clickable on top
 */
record PageView(String pointer, int number, String src, List<BoxView> boxes) {

    PageView {
        boxes = List.copyOf(boxes);
    }
}
