package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.extract.layout.Box;

/** Marks drawn as a 300-dpi print of 16-pt Thai gives them: strokes 4 px wide, marks 12–20 px high. */
class InkWaistTest {

    @Test
    void cutsALowerVowelFromTheVowelItTouchesWhereItsStemEnds() {
        BufferedImage page = white();
        Graphics2D g = pen(page);
        // ุ as the TLWG fonts draw it: a small loop, a stem down from it to y = 40 ...
        g.drawOval(20, 20, 8, 8);
        g.drawLine(28, 24, 28, 40);
        // ... touching ี of the next line: a curve 30 px wide, 20 px high, a tick at its end.
        g.drawArc(6, 42, 30, 30, 20, 160);
        g.drawLine(34, 40, 34, 52);
        g.dispose();
        Box joined = new Box(18, 18, 38, 60);

        List<Box> pieces = new InkWaist(page).apart(joined, 28, 50);

        assertEquals(2, pieces.size(), pieces.toString());
        Box vowelBelow = pieces.get(0);
        Box vowelAbove = pieces.get(1);
        assertTrue(vowelBelow.bottom() <= 42 && vowelBelow.bottom() >= 36, "cut where the stem ends: " + vowelBelow);
        assertTrue(vowelBelow.top() <= 20 && vowelAbove.bottom() >= 52, pieces.toString());
        assertTrue(vowelBelow.width() < vowelAbove.width(), "each piece trimmed to its own ink: " + pieces);
    }

    @Test
    void leavesALoopWhole() {
        BufferedImage page = white();
        Graphics2D g = pen(page);
        // A loop (ู's, ำ's ring, a letter's bowl): its thin rows cross two strokes.
        g.drawOval(10, 10, 30, 40);
        g.dispose();
        Box letter = new Box(8, 8, 42, 52);

        assertEquals(List.of(letter), new InkWaist(page).apart(letter, 18, 42));
    }

    private static BufferedImage white() {
        BufferedImage page = new BufferedImage(80, 80, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 80, 80);
        g.dispose();
        return page;
    }

    private static Graphics2D pen(BufferedImage page) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(4));
        return g;
    }
}
