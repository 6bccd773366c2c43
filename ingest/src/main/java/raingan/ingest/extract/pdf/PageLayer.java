package raingan.ingest.extract.pdf;

import java.util.List;
import raingan.ingest.extract.layout.TextSpan;

/**
 * What a PDF page's text layer holds.
 *
 * @param text      the page's lines, top to bottom, joined with {@code \n}
 * @param spans     the lines and cell lines the text was read from, in points from the top-left corner
 * @param glyphs    glyphs drawn (an ActualText span's glyphs each count)
 * @param unmapped  glyphs drawn with no Unicode behind them (ToUnicode missing or broken)
 * @param images    images drawn: a page that is mostly a picture is a scan
 * @param shapes    paths stroked or filled: rules and boxes, or text converted to outlines
 */
record PageLayer(String text, List<TextSpan> spans, int glyphs, int unmapped, int images, int shapes) {

    PageLayer {
        spans = List.copyOf(spans);
    }
}
