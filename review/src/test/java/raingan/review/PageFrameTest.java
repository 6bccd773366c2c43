package raingan.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.FieldSource;
import raingan.model.PageMethod;

class PageFrameTest {

    private static final PageFrame A4 = PageFrame.pdf(595.0, 842.0);

    @Test
    void aTextLayerBoxIsPlacedInPointsOfThePdfPage() {
        FieldSource s = new FieldSource(1, List.of(59.5, 84.2, 119.0, 8.42), FieldSource.POINTS, null, PageMethod.TEXT, null);
        assertEquals("left:10.000%;top:10.000%;width:20.000%;height:1.000%", A4.place(s));
    }

    @Test
    void anOcrBoxOnAPdfPageIsPlacedByItsResolution() {
        // At 300 dpi an 8 × 12 in page is 2400 × 3600 px.
        FieldSource s = new FieldSource(1, List.of(1200.0, 0.0, 240.0, 360.0), FieldSource.PIXELS, 300, PageMethod.OCR, 0.9);
        assertEquals("left:50.000%;top:0.000%;width:10.000%;height:10.000%", PageFrame.pdf(576, 864).place(s));
    }

    @Test
    void anImageBoxIsPlacedInTheImagesOwnPixelsWhateverItsResolution() {
        FieldSource s = new FieldSource(1, List.of(100.0, 200.0, 400.0, 100.0), FieldSource.PIXELS, null, PageMethod.OCR, 0.9);
        assertEquals("left:10.000%;top:10.000%;width:40.000%;height:5.000%", PageFrame.image(1000, 2000).place(s));
    }

    @Test
    void aBoxThatCannotBeRelatedToThePageIsNotPlaced() {
        FieldSource pixelsWithoutDpi = new FieldSource(1, List.of(1.0, 1.0, 1.0, 1.0), FieldSource.PIXELS, null, PageMethod.OCR, 0.9);
        FieldSource points = new FieldSource(1, List.of(1.0, 1.0, 1.0, 1.0), FieldSource.POINTS, null, PageMethod.TEXT, null);
        assertNull(A4.place(pixelsWithoutDpi));
        assertNull(PageFrame.image(1000, 2000).place(points));
    }

    @Test
    void aBoxRunningOffThePageIsCutAtItsEdge() {
        FieldSource s = new FieldSource(1, List.of(-10.0, 800.0, 700.0, 100.0), FieldSource.POINTS, null, PageMethod.TEXT, null);
        assertEquals("left:0.000%;top:95.012%;width:100.000%;height:11.876%", A4.place(s));
    }
}
