package raingan.review;

import java.util.List;

/**
 * Everything a document page shows, for its template.
 *
 * @param title       the project's name, or the file's when the record has none
 * @param file        the input's path relative to the folder converted
 * @param code        the project code, or null
 * @param facts       a line on how it was read (media type, pages, method, OCR confidence)
 * @param pages       its page images with their boxes; empty when there are none to show
 * @param pagesNote   why there are no page images, or why they have no boxes; null when they have
 * @param groups      the record's values
 * @param findings    its findings in the record's order
 * @param chart       the progress chart's data as JSON, or null when no entry is dated
 */
record DocumentView(String title, String file, String code, String facts, List<PageView> pages, String pagesNote,
                    List<FieldGroup> groups, List<FindingView> findings, String chart) {

    DocumentView {
        pages = List.copyOf(pages);
        groups = List.copyOf(groups);
        findings = List.copyOf(findings);
    }

    /** For the template: whether the page column has images. */
    boolean hasPages() {
        return !pages.isEmpty();
    }
}
