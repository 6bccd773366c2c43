package raingan.ingest.extract.ocr.digits;

import java.awt.image.BufferedImage;
import java.util.List;
import raingan.ingest.extract.layout.Box;

/** Reads glyphs as the nearest of the glyph templates: Thai and Arabic digits and the signs among them. */
public final class GlyphReader {

    private final GlyphTemplates templates;

    public GlyphReader(GlyphTemplates templates) {
        this.templates = templates;
    }

    /**
     * The glyphs read left to right, or null when one of them is no nearer than {@code near} to
     * any template (a letter, a word that is no number).
     *
     * @param glyphs   the glyphs' ink boxes in {@code image}
     * @param baseline where their line's letters stand
     * @param letter   the height of the line's letters
     */
    public String read(List<Box> glyphs, BufferedImage image, double baseline, double letter, double near) {
        StringBuilder reading = new StringBuilder();
        for (Box g : glyphs) {
            GlyphTemplates.Match m = templates.nearest(GlyphFeatures.of(image, g, baseline, letter));
            if (m.distance() > near) {
                return null;
            }
            reading.append(m.character());
        }
        return reading.toString();
    }
}
