package raingan.ingest.extract;

import raingan.ingest.ErrorClass;

/** The document has more pages than {@link ExtractionSettings#maxPages()} allows; nothing was read. */
public class PageLimitException extends ExtractionException {
    private static final long serialVersionUID = 1L;
    private final int pages;
    private final int limit;

    public PageLimitException(int pages, int limit) {
        super("the document has " + pages + " pages, more than the limit of " + limit
                + " (raise maxPages to read it)");
        this.pages = pages;
        this.limit = limit;
    }

    public int pages() {
        return pages;
    }

    public int limit() {
        return limit;
    }

    @Override
    public ErrorClass errorClass() {
        return ErrorClass.PAGE_LIMIT;
    }
}
