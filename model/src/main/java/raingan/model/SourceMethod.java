package raingan.model;

import java.util.List;

/** How a whole document was read: every page as {@code text}, every page by {@code ocr}, or {@code mixed}. */
public enum SourceMethod implements LowerCaseEnum {
    TEXT, OCR, MIXED;

    /** The method of a document read page by page as {@code pages} say; a document without pages is text. */
    public static SourceMethod of(List<PageMethod> pages) {
        long ocr = pages.stream().filter(m -> m == PageMethod.OCR).count();
        return ocr == 0 ? TEXT : ocr == pages.size() ? OCR : MIXED;
    }
}
