package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.ocr.digits.GlyphReader;
import raingan.ingest.extract.ocr.digits.GlyphTemplates;
import raingan.ingest.extract.ocr.leptonica.Pix;

/**
 * A report's number cell drawn at 300 dpi in Thai fonts, given the reading Tesseract gave for it
 * on the damaged text layers, and read again against the bundled glyph templates as a line is.
 * Needs the fonts (fonts-thai-tlwg) and Leptonica (with Tesseract).
 */
class ThaiNumberReaderIT {

    private static final int BASELINE = 150;
    private static final int POINTS = 16;
    private static final double LETTER = POINTS * 300 / 72.0 * 0.45;

    private final ThaiNumberReader reader = new ThaiNumberReader(new GlyphReader(GlyphTemplates.bundled()));

    @ParameterizedTest(name = "{0}: {1} read as {2}")
    @CsvSource({
        "Loma, รายงานครั้งที่3, รายงานครั้งที่ว",
        "Sawasdee, รายงานครั้งที่8, รายงานครั้งที่อ",
        "Laksaman, รายงานครั้งที่4, รายงานครั้งที่ๆ",
        // A letter near no digit stays.
        "Laksaman, รายงานครั้งที่ว, รายงานครั้งที่ว",
    })
    void aNumberCellsDigitReadAsALetterOrSignIsReadByItsGlyph(String family, String printed, String tesseract) {
        BufferedImage image = draw(family, printed);
        List<Box> components = components(image);
        Box box = components.stream().reduce(Box::union).orElseThrow();
        LineTokens.Token token = new LineTokens.Token(0, tesseract.length(), tesseract, box);
        assertEquals(List.of(printed), reader.read(List.of(token), InkWords.of(components, LETTER), image, BASELINE,
                LETTER));
    }

    private static BufferedImage draw(String family, String text) {
        assumeTrue("true".equalsIgnoreCase(System.getenv("CI")) || Arrays.asList(GraphicsEnvironment
                .getLocalGraphicsEnvironment().getAvailableFontFamilyNames()).contains(family), family + " is not installed");
        BufferedImage image = new BufferedImage(1200, 260, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(family, Font.PLAIN, Math.round(POINTS * 300 / 72f)));
            g.drawString(text, 40, BASELINE);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static List<Box> components(BufferedImage image) {
        try (Pix page = Pix.ofGrey(image); Pix ink = page.binarised(180)) {
            List<Box> boxes = new ArrayList<>();
            for (Pix.Component c : ink.components()) {
                boxes.add(new Box(c.x(), c.y(), c.x() + c.width(), c.y() + c.height()));
            }
            return boxes;
        }
    }
}
