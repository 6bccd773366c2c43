package raingan.ingest.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.layout.Ruling;
import raingan.ingest.extract.layout.Table;

/**
 * What page analysis found on a page image, all in the pixels of {@code image}.
 *
 * @param image  the page turned straight (when it was skewed), the rules still on it
 * @param skew   the skew taken out, in degrees (counter-clockwise positive)
 * @param tables the ruled tables, top to bottom
 * @param rules  the rules long enough that no letter could be one, to be painted out before text is read
 * @param glyphs the boxes of the ink's connected components, rules excluded: letters and marks
 */
record PageLayout(BufferedImage image, double skew, List<Table> tables, List<Ruling> rules, List<Box> glyphs) {

    PageLayout {
        tables = List.copyOf(tables);
        rules = List.copyOf(rules);
        glyphs = List.copyOf(glyphs);
    }
}
