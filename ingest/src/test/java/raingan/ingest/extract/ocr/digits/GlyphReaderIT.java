package raingan.ingest.extract.ocr.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.ocr.DrawnText;

/**
 * Numbers drawn at 300 dpi in Thai fonts and read against the bundled templates, as OCR reads a
 * scan's: found as Leptonica's connected components, grouped into glyphs. Needs the fonts
 * (fonts-thai-tlwg) and Leptonica (with Tesseract).
 */
class GlyphReaderIT {

    private static final int BASELINE = DrawnText.BASELINE;

    private final GlyphReader reader = new GlyphReader(GlyphTemplates.bundled());

    private static List<Box> glyphs(BufferedImage image) {
        return GlyphBoxes.of(DrawnText.components(image));
    }

    @ParameterizedTest
    @CsvSource({"Laksaman, 16, ๒๕๖๓", "Garuda, 15, ๗.๓.๑", "Loma, 14, ๑,๒๔๐,๙๘๗.๓๖", "Norasi, 16, ๔๘/๒๕๖๗", "Garuda, 15, ๒๕๖๐", "Kinnari, 15, ๒๕๖๘", "Waree, 15, ๒๕๖๘"})
    void thaiNumbersReadGlyphByGlyph(String family, int points, String number) {
        BufferedImage image = DrawnText.draw(family, points, number);
        double letter = points * 300 / 72.0 * 0.45;
        assertEquals(number, reader.read(glyphs(image), image, BASELINE, letter, 0.10));
    }

    /** A blurred scan runs close-set digits into one blot: drawn overlapping, they must still read. */
    @ParameterizedTest
    @CsvSource({"Garuda, 15, ๒๕๖๐", "Laksaman, 16, ๒๕๖๓", "Kinnari, 15, ๒๕๖๘"})
    void digitsRunTogetherAreCutApart(String family, int points, String number) {
        BufferedImage image = drawTouching(family, points, number);
        List<Box> glyphs = glyphs(image);
        assertTrue(glyphs.size() < number.length(), "some digits run into one blot: " + glyphs.size());
        double letter = points * 300 / 72.0 * 0.45;
        assertEquals(number, reader.read(glyphs, image, BASELINE, letter, 0.10));
    }

    private static BufferedImage drawTouching(String family, int points, String text) {
        BufferedImage image = DrawnText.draw(family, points, "");
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.DARK_GRAY);
            g.setFont(DrawnText.font(family, points));
            double x = 40;
            for (char c : text.toCharArray()) {
                String glyph = String.valueOf(c);
                g.drawString(glyph, (float) x, BASELINE);
                // Set a little tighter than the font sets them.
                x += g.getFontMetrics().getStringBounds(glyph, g).getWidth() * 0.92;
            }
        } finally {
            g.dispose();
        }
        // The scanner's blur closes the last pixels between them.
        float[] blur = new float[25];
        Arrays.fill(blur, 1 / 25f);
        return new ConvolveOp(new Kernel(5, 5, blur), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
    }

    @ParameterizedTest
    @CsvSource({"Laksaman, บาท", "Waree, ครั้งที่"})
    void thaiWordsAreNoNumber(String family, String word) {
        BufferedImage image = DrawnText.draw(family, 16, word);
        assertNull(reader.read(glyphs(image), image, BASELINE, 16 * 300 / 72.0 * 0.45, 0.10));
    }
}
