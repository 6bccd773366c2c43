package raingan.ingest.extract;

import java.util.List;

/** All pages of one document as text, in page order, with the media type that was read. */
public record ExtractedText(String mediaType, List<PageText> pages) {

    public ExtractedText {
        pages = List.copyOf(pages);
    }

    /** Pages joined with a blank line: the parser reads the document as one stream. */
    public String joined() {
        StringBuilder sb = new StringBuilder();
        for (PageText p : pages) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p.text());
        }
        return sb.toString();
    }
}
