package raingan.ingest.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.layout.LayoutText;
import raingan.ingest.extract.layout.Ruling;
import raingan.ingest.extract.layout.Table;
import raingan.ingest.extract.layout.TextBlock;
import raingan.ingest.extract.ocr.digits.GlyphReader;
import raingan.ingest.extract.ocr.digits.GlyphTemplates;

/**
 * Reads a page image the way its layout asks. A page without ruled tables goes to Tesseract
 * whole, as one block. On a page with tables, the rules are painted out, each table cell is
 * recognised on its own, and the running text between tables band by band; the page's text is
 * then written in reading order as the text export has it ({@link LayoutText}): Tesseract,
 * given a whole page, drops most cells of a ruled table or reads label and value as one.
 *
 * <p>Owns its Tesseract engine. Not thread-safe: one instance per worker thread, closed when
 * the worker ends.
 */
public final class PageReader implements AutoCloseable {

    /** White added around a cut-out cell (inches): Tesseract finds lines better with a margin. */
    private static final double MARGIN = 0.04;
    /** How far inside a cell's rules (inches) its content starts: the rule's blur stays outside. */
    private static final double INSET = 0.02;
    /** Bands of running text thinner than this (inches) hold no line. */
    private static final double MIN_BAND = 0.1;

    /** White kept around a line's ink (inches) when it is cut out. */
    private static final double LINE_PAD = 0.01;

    private final TesseractOcr ocr;
    private final PageAnalyser analyser = new PageAnalyser();
    private final LineSegmenter segmenter = new LineSegmenter();
    private final ThaiNumberReader numbers = new ThaiNumberReader(new GlyphReader(GlyphTemplates.bundled()));
    private final ThaiAbbreviationReader abbreviations = new ThaiAbbreviationReader();
    /** The Thai model without English, for the abbreviations English reads as Latin; null when no English is used. */
    private final TesseractOcr thaiOnly;

    public PageReader(ExtractionSettings settings) {
        this.ocr = new TesseractOcr(settings);
        String thai = thaiOnly(settings.languages());
        this.thaiOnly = thai.equals(settings.languages()) ? null : new TesseractOcr(settings.withLanguages(thai));
    }

    /** The languages without English: {@code tha} of {@code tha+eng}. */
    private static String thaiOnly(String languages) {
        List<String> kept = new ArrayList<>();
        for (String l : languages.split("\\+")) {
            if (!l.equals("eng")) {
                kept.add(l);
            }
        }
        return kept.isEmpty() ? languages : String.join("+", kept);
    }

    /**
     * Reads one page.
     *
     * @param page any image; it is read as 8-bit grey
     * @param dpi  its resolution, or 0 when unknown
     * @throws OcrUnavailableException if libtesseract or the language data is missing
     */
    public OcrResult read(BufferedImage page, int dpi) throws OcrUnavailableException {
        BufferedImage grey = OcrImages.grey(page);
        String mode = System.getProperty("raingan.ocr.mode", "lines");
        if (mode.equals("legacy")) {
            return ocr.recognise(grey, dpi);
        }
        ocr.start();
        PageLayout layout = analyser.analyse(grey, dpi);
        boolean lines = mode.equals("lines");
        if (layout.tables().isEmpty() && !lines) {
            return ocr.recognise(grey, dpi);
        }
        int resolution = dpi > 0 ? dpi : 300;
        BufferedImage image = withoutRules(layout.image(), layout.rules(), resolution);
        Region reader = new Region(image, layout.glyphs(), dpi, resolution, lines);
        List<TextBlock> blocks = new ArrayList<>();
        double top = 0;
        for (Table table : layout.tables()) {
            reader.band(top, table.box().top(), blocks);
            for (Table.Row row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (Box cell : row.cells()) {
                    cells.add(LayoutText.cell(reader.read(cell.inset(INSET * resolution))));
                }
                blocks.add(new TextBlock(row.box().top(), LayoutText.row(cells)));
            }
            top = Math.max(top, table.box().bottom());
        }
        reader.band(top, image.getHeight(), blocks);
        return new OcrResult(LayoutText.compose(blocks), reader.confidence.mean());
    }

    /** Reads the regions of one page: line by line (raingan's segmentation), or each as a block. */
    private final class Region {
        private final BufferedImage image;
        private final List<Box> glyphs;
        private final int dpi;
        private final int resolution;
        private final boolean lines;
        private final Confidence confidence = new Confidence();

        Region(BufferedImage image, List<Box> glyphs, int dpi, int resolution, boolean lines) {
            this.image = image;
            this.glyphs = glyphs;
            this.dpi = dpi;
            this.resolution = resolution;
            this.lines = lines;
        }

        /** The running text between {@code top} and {@code bottom}, across the whole page. */
        void band(double top, double bottom, List<TextBlock> blocks) throws OcrUnavailableException {
            if (bottom - top < MIN_BAND * resolution) {
                return;
            }
            blocks.add(new TextBlock(top, String.join("\n", read(new Box(0, top, image.getWidth(), bottom)))));
        }

        /** The lines of text inside {@code box}. */
        List<String> read(Box box) throws OcrUnavailableException {
            if (!lines) {
                OcrResult read = ocr.recognise(cut(image, box, resolution), dpi);
                confidence.add(read);
                return List.of(read.text().split("\n"));
            }
            List<Box> inside = new ArrayList<>();
            for (Box g : glyphs) {
                if (box.contains((g.left() + g.right()) / 2, (g.top() + g.bottom()) / 2)) {
                    inside.add(g);
                }
            }
            List<String> out = new ArrayList<>();
            List<LineSegmenter.Line> found = segmenter.lines(inside);
            for (LineSegmenter.Line line : found) {
                OcrResult read = ocr.recognise(line(image, line, resolution), dpi, TesseractOcr.Layout.LINE);
                confidence.add(read);
                String text = readAgain(read, line, image, resolution);
                if (!text.isBlank()) {
                    out.add(text);
                }
            }
            return out;
        }
    }

    /**
     * The line's text with its words that Tesseract misread in ways raingan can tell read again:
     * Thai numbers glyph by glyph ({@link ThaiNumberReader}), Thai abbreviations read as Latin by
     * the Thai model alone ({@link ThaiAbbreviationReader}). Tesseract's word boxes, in the line
     * image's pixels, are moved onto the page: the line's box less the margin it was cut with.
     */
    private String readAgain(OcrResult read, LineSegmenter.Line line, BufferedImage image, int dpi)
            throws OcrUnavailableException {
        double dx = Math.floor(line.box().left()) - Math.round(MARGIN * dpi);
        double dy = Math.floor(line.box().top()) - Math.round(MARGIN * dpi);
        List<OcrWord> onPage = new ArrayList<>();
        for (OcrWord w : read.words()) {
            onPage.add(new OcrWord(w.text(), new Box(w.box().left() + dx, w.box().top() + dy, w.box().right() + dx,
                    w.box().bottom() + dy), w.confidence()));
        }
        List<LineTokens.Token> tokens = LineTokens.of(read.text(), onPage);
        List<List<Box>> ink = InkWords.of(line.parts(), line.letter());
        List<String> texts = numbers.read(tokens, ink, image, line.baseline(), line.letter());
        if (thaiOnly != null) {
            texts = abbreviations.read(tokens, texts, ink,
                    parts -> line(image, new LineSegmenter.Line(union(parts), parts, line.baseline(), line.letter()),
                            dpi),
                    word -> thaiOnly.recognise(word, dpi, TesseractOcr.Layout.LINE).text());
        }
        return LineTokens.replaced(read.text(), tokens, texts);
    }

    private static Box union(List<Box> boxes) {
        Box u = boxes.get(0);
        for (Box b : boxes) {
            u = u.union(b);
        }
        return u;
    }

    /** The page with its rules painted white, so that no cell's edge carries a stroke of one. */
    private static BufferedImage withoutRules(BufferedImage image, List<Ruling> rules, int dpi) {
        BufferedImage clean = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = clean.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
            g.setColor(Color.WHITE);
            double blur = INSET * dpi / 2;
            for (Ruling r : rules) {
                double half = r.thickness() / 2 + blur;
                if (r.horizontal()) {
                    fill(g, r.from() - blur, r.position() - half, r.to() + blur, r.position() + half);
                } else {
                    fill(g, r.position() - half, r.from() - blur, r.position() + half, r.to() + blur);
                }
            }
        } finally {
            g.dispose();
        }
        return clean;
    }

    private static void fill(Graphics2D g, double left, double top, double right, double bottom) {
        int x = (int) Math.floor(left);
        int y = (int) Math.floor(top);
        g.fillRect(x, y, (int) Math.ceil(right) - x, (int) Math.ceil(bottom) - y);
    }

    /**
     * One line's image: its own components copied onto white, nothing else, so that no mark or
     * tail of the lines above and below reaches into it.
     */
    private static BufferedImage line(BufferedImage image, LineSegmenter.Line line, int dpi) {
        Box box = line.box();
        int margin = (int) Math.round(MARGIN * dpi);
        int pad = (int) Math.ceil(LINE_PAD * dpi);
        int x0 = (int) Math.floor(box.left());
        int y0 = (int) Math.floor(box.top());
        BufferedImage out = new BufferedImage((int) Math.ceil(box.width()) + 2 * margin,
                (int) Math.ceil(box.height()) + 2 * margin, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            for (Box part : line.parts()) {
                int x = clamp((int) Math.floor(part.left()) - pad, image.getWidth());
                int y = clamp((int) Math.floor(part.top()) - pad, image.getHeight());
                int w = clamp((int) Math.ceil(part.right()) + pad, image.getWidth()) - x;
                int h = clamp((int) Math.ceil(part.bottom()) + pad, image.getHeight()) - y;
                if (w > 0 && h > 0) {
                    g.drawImage(image.getSubimage(x, y, w, h), x - x0 + margin, y - y0 + margin, null);
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The part of the page inside {@code box}, on white with a margin around it. */
    private static BufferedImage cut(BufferedImage image, Box box, int dpi) {
        int x = clamp((int) Math.round(box.left()), image.getWidth());
        int y = clamp((int) Math.round(box.top()), image.getHeight());
        int w = Math.max(1, clamp((int) Math.round(box.right()), image.getWidth()) - x);
        int h = Math.max(1, clamp((int) Math.round(box.bottom()), image.getHeight()) - y);
        int margin = (int) Math.round(MARGIN * dpi);
        BufferedImage out = new BufferedImage(w + 2 * margin, h + 2 * margin, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image.getSubimage(x, y, w, h), margin, margin, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    @Override
    public void close() {
        ocr.close();
        if (thaiOnly != null) {
            thaiOnly.close();
        }
    }

    /** Word confidence averaged over the parts of a page, each weighted by how much text it gave. */
    private static final class Confidence {
        private double sum;
        private long weight;

        void add(OcrResult read) {
            int chars = read.text().strip().length();
            sum += read.confidence() * chars;
            weight += chars;
        }

        double mean() {
            return weight == 0 ? 0 : sum / weight;
        }
    }
}
