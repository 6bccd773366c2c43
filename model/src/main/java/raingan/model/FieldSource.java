package raingan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Where one value of the record was read: for a review to show it on the page, and for the
 * audit to know how far to trust it.
 *
 * @param page       1-based page number
 * @param box        {@code [x, y, width, height]} from the page's top-left corner, in {@code unit}
 * @param unit       {@code px} (pixels of the page image at {@code dpi}) or {@code pt} (PDF points)
 * @param dpi        the page image's resolution for {@code px}, null for {@code pt}
 * @param method     how the page was read
 * @param confidence the recogniser's confidence 0..1 in the text the value came from (the lowest
 *                   of its lines); null for a text layer, which is read exactly
 */
@JsonPropertyOrder({"page", "box", "unit", "dpi", "method", "confidence"})
public record FieldSource(int page, List<Double> box, String unit, Integer dpi, PageMethod method, Double confidence) {

    public static final String PIXELS = "px";
    public static final String POINTS = "pt";

    public FieldSource {
        if (box == null || box.size() != 4) {
            throw new IllegalArgumentException("a box is [x, y, width, height]");
        }
        box = List.copyOf(box);
        if (!PIXELS.equals(unit) && !POINTS.equals(unit)) {
            throw new IllegalArgumentException("unit must be px or pt, was " + unit);
        }
    }
}
