package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.ocr.leptonica.Pix;

/**
 * Text drawn at 300 dpi in a Thai font, and its ink found as OCR finds a page's: Leptonica's
 * connected components. For the tests of the glyph readers; a font that is not installed skips
 * the test, except on CI, which installs them.
 */
public final class DrawnText {

    /** Where the text stands. */
    public static final int BASELINE = 150;

    private DrawnText() {
    }

    /** {@code text} in {@code family} at {@code points}, dark grey on white as a print is. */
    public static BufferedImage draw(String family, int points, String text) {
        assumeTrue("true".equalsIgnoreCase(System.getenv("CI")) || Arrays.asList(GraphicsEnvironment
                .getLocalGraphicsEnvironment().getAvailableFontFamilyNames()).contains(family), family + " is not installed");
        BufferedImage image = new BufferedImage(1200, 260, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.DARK_GRAY);
            g.setFont(font(family, points));
            g.drawString(text, 40, BASELINE);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static Font font(String family, int points) {
        return new Font(family, Font.PLAIN, Math.round(points * 300 / 72f));
    }

    /** The height of the letters of a font at {@code points}, as the line segmenter measures it. */
    public static double letter(int points) {
        return points * 300 / 72.0 * 0.45;
    }

    /** The image's ink components. */
    public static List<Box> components(BufferedImage image) {
        try (Pix page = Pix.ofGrey(image); Pix ink = page.binarised(180)) {
            List<Box> boxes = new ArrayList<>();
            for (Pix.Component c : ink.components()) {
                boxes.add(new Box(c.x(), c.y(), c.x() + c.width(), c.y() + c.height()));
            }
            return boxes;
        }
    }
}
