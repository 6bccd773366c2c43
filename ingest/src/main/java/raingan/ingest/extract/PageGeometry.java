package raingan.ingest.extract;

import java.util.List;
import raingan.ingest.extract.layout.TextSpan;
import raingan.model.FieldSource;

/**
 * Where a page's text lies: for provenance, and for a review to show it.
 *
 * @param unit  {@link FieldSource#PIXELS} of the page image, or {@link FieldSource#POINTS} of a PDF page
 * @param dpi   the page image's resolution for pixels (null when the image does not say), null for points
 * @param lines the page's lines and cell lines in the order of its text, each with its box
 */
public record PageGeometry(String unit, Integer dpi, List<TextSpan> lines) {

    public PageGeometry {
        lines = List.copyOf(lines);
    }

    public static PageGeometry points(List<TextSpan> lines) {
        return new PageGeometry(FieldSource.POINTS, null, lines);
    }

    public static PageGeometry pixels(Integer dpi, List<TextSpan> lines) {
        return new PageGeometry(FieldSource.PIXELS, dpi, lines);
    }
}
