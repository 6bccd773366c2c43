package raingan.review;

import java.util.List;
import java.util.Locale;
import raingan.model.FieldSource;

/**
 * A source page's size in the units its provenance boxes are measured in, so that a box can be
 * placed on the page image whatever resolution the image was rendered at.
 *
 * @param widthPt  the PDF page's width in points; null for an image file
 * @param heightPt the PDF page's height in points; null for an image file
 * @param widthPx  an image file's width in its own pixels; null for a PDF page
 * @param heightPx an image file's height in its own pixels; null for a PDF page
 */
record PageFrame(Double widthPt, Double heightPt, Integer widthPx, Integer heightPx) {

    private static final double POINTS_PER_INCH = 72.0;

    static PageFrame pdf(double widthPt, double heightPt) {
        return new PageFrame(widthPt, heightPt, null, null);
    }

    static PageFrame image(int widthPx, int heightPx) {
        return new PageFrame(null, null, widthPx, heightPx);
    }

    /**
     * The box as CSS percentages of the page ({@code left:…%;top:…%;width:…%;height:…%}), or null when
     * its unit cannot be related to this page (pixels without a resolution on a PDF page, points on an image).
     */
    String place(FieldSource source) {
        double[] size = size(source);
        if (size == null) {
            return null;
        }
        List<Double> b = source.box();
        return String.format(Locale.ROOT, "left:%.3f%%;top:%.3f%%;width:%.3f%%;height:%.3f%%",
                percent(b.get(0), size[0]), percent(b.get(1), size[1]),
                percent(b.get(2), size[0]), percent(b.get(3), size[1]));
    }

    private double[] size(FieldSource source) {
        if (FieldSource.POINTS.equals(source.unit())) {
            return widthPt == null ? null : new double[] {widthPt, heightPt};
        }
        if (widthPx != null) {
            return new double[] {widthPx, heightPx};
        }
        if (widthPt == null || source.dpi() == null) {
            return null;
        }
        double scale = source.dpi() / POINTS_PER_INCH;
        return new double[] {widthPt * scale, heightPt * scale};
    }

    private static double percent(double value, double whole) {
        return Math.max(0, Math.min(100, value / whole * 100));
    }
}
