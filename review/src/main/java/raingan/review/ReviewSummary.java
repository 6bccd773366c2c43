package raingan.review;

/**
 * What a report holds.
 *
 * @param documents   rows of the index
 * @param pages       document pages written
 * @param pageImages  page images rendered
 * @param withoutImages documents with pages to show whose images could not be made (the page says why)
 * @param millis      wall time
 */
public record ReviewSummary(int documents, int pages, int pageImages, int withoutImages, long millis) {
}
