package raingan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Where a record came from and how it was read.
 *
 * @param file           the input's path relative to the folder it was found in (never absolute)
 * @param sha256         hex digest of the input's bytes
 * @param mediaType      detected by content, e.g. {@code application/pdf}
 * @param pageCount      number of pages read (a text file is one page)
 * @param method         {@code text}, {@code ocr} or {@code mixed}
 * @param ocrConfidence  mean OCR word confidence over OCR'd pages, 0..1; null when nothing was OCR'd
 * @param pages          how each page was read, in page order
 */
@JsonPropertyOrder({"file", "sha256", "mediaType", "pageCount", "method", "ocrConfidence", "pages"})
public record Source(
        String file,
        String sha256,
        String mediaType,
        int pageCount,
        SourceMethod method,
        Double ocrConfidence,
        List<PageSource> pages) {

    public Source {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }
}
