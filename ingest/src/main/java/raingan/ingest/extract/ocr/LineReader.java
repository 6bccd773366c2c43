package raingan.ingest.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.layout.TextSpan;
import raingan.ingest.extract.ocr.digits.GlyphBoxes;
import raingan.ingest.extract.ocr.digits.GlyphReader;
import raingan.ingest.extract.ocr.digits.GlyphTemplates;
import raingan.ingest.thai.ThaiDictionary;

/**
 * Reads one text line that {@link LineSegmenter} found: its own components copied onto white,
 * recognised by Tesseract as a single line, then the words Tesseract misread in ways raingan can
 * tell read again: numbers glyph by glyph ({@link ThaiNumberReader}, {@link ArabicNumberReader}),
 * Thai that English took for Latin and months read one letter off by the Thai model alone
 * ({@link ThaiReadAsLatin}, {@link MonthReadAgain}).
 * Not thread-safe: it drives the worker's engines.
 */
final class LineReader {

    /** White added around a line (inches): Tesseract finds the text better with a margin. */
    private static final double MARGIN = 0.04;
    /** White kept around each component (inches) when it is copied: the anti-aliased edge of the ink. */
    private static final double PAD = 0.01;

    /**
     * How near a month's glyph must lie to its template: most of one font's glyphs lie within it
     * of the other fonts' (ocr-model/glyph-templates' report); the reading must also be a month.
     */
    private static final double MONTH_GLYPH_NEAR = 0.12;

    /** The confidence given to signs read against the glyph templates, which match them within the threshold. */
    private static final double SIGNS_CONFIDENCE = 0.9;

    private final TesseractOcr ocr;
    private final TesseractOcr thaiOnly;
    private final GlyphReader glyphs = new GlyphReader(GlyphTemplates.bundled());
    private final ThaiNumberReader numbers = new ThaiNumberReader(glyphs);
    private final ArabicNumberReader arabic = new ArabicNumberReader(glyphs);
    private final ThaiReadAsLatin latin;
    private final MonthReadAgain months = new MonthReadAgain();
    private final GlyphReader monthGlyphs = new GlyphReader(GlyphTemplates.months());
    private final DroppedMarks marks;

    /**
     * @param ocr      the engine with the document's languages
     * @param thaiOnly the same languages without English, or null when English is not among them
     */
    LineReader(TesseractOcr ocr, TesseractOcr thaiOnly, ThaiDictionary dictionary) {
        this.ocr = ocr;
        this.thaiOnly = thaiOnly;
        this.latin = new ThaiReadAsLatin(dictionary);
        this.marks = new DroppedMarks(dictionary);
    }

    /**
     * The line's text, where it lies on {@code page} and Tesseract's confidence in it, or null
     * when Tesseract read nothing.
     *
     * @param dpi the page's resolution as the file gives it, 0 when unknown
     * @param resolution the resolution to measure margins by
     */
    TextSpan read(BufferedImage page, LineSegmenter.Line line, int dpi, int resolution) throws OcrUnavailableException {
        if (line.signs()) {
            // Tesseract given a lone colon reads a digit; the glyph templates hold the signs.
            String signs = glyphs.read(GlyphBoxes.of(line.parts()), page, line.baseline(), line.letter(),
                    ThaiNumberReader.NEAR);
            if (signs != null) {
                // Near a template by the threshold's margin: as sure as Tesseract is of a clean line.
                return new TextSpan(signs, line.box(), SIGNS_CONFIDENCE);
            }
        }
        OcrResult read = ocr.recognise(image(page, line, resolution), dpi, TesseractOcr.Layout.LINE);
        String text = again(read, line, page, dpi, resolution);
        return text.isBlank() ? null : new TextSpan(text, line.box(), read.confidence());
    }

    private String again(OcrResult read, LineSegmenter.Line line, BufferedImage page, int dpi, int resolution)
            throws OcrUnavailableException {
        // Tesseract's word boxes are in the line image's pixels: the line's ink less the margin.
        Box ink = Box.around(line.parts());
        double dx = Math.floor(ink.left()) - Math.round(MARGIN * resolution);
        double dy = Math.floor(ink.top()) - Math.round(MARGIN * resolution);
        List<OcrWord> onPage = new ArrayList<>();
        for (OcrWord w : read.words()) {
            onPage.add(new OcrWord(w.text(), new Box(w.box().left() + dx, w.box().top() + dy, w.box().right() + dx,
                    w.box().bottom() + dy), w.confidence()));
        }
        List<LineTokens.Token> tokens = LineTokens.of(read.text(), onPage);
        List<List<Box>> inkWords = InkWords.of(line.parts(), line.letter());
        List<String> texts = numbers.read(tokens, inkWords, page, line.baseline(), line.letter());
        texts = arabic.read(tokens, texts, inkWords, page, line.baseline(), line.letter());
        Function<List<Box>, BufferedImage> cut = parts -> image(page,
                new LineSegmenter.Line(Box.around(parts), parts, line.baseline(), line.letter(), false), resolution);
        // Without English among the languages the document's engine is the Thai model alone.
        TesseractOcr thaiEngine = thaiOnly != null ? thaiOnly : ocr;
        ThaiOnlyReading.Ocr thai = (word, scale) ->
                thaiEngine.recognise(word, (int) Math.round(dpi * scale), TesseractOcr.Layout.LINE).text();
        if (thaiOnly != null) {
            texts = latin.read(tokens, texts, inkWords, cut, thai,
                    glyphs -> numbers.number(glyphs, page, line.baseline(), line.letter()));
        }
        texts = months.read(tokens, texts, inkWords, cut, thai, new MonthReadAgain.Glyphs(
                parts -> monthGlyphs.read(parts, page, line.baseline(), line.letter(), MONTH_GLYPH_NEAR),
                parts -> glyphs.read(parts, page, line.baseline(), line.letter(), ThaiNumberReader.NEAR)));
        texts = marks.read(tokens, texts, line);
        return LineTokens.replaced(read.text(), tokens, texts);
    }

    /**
     * One line's image: its own components copied onto white, nothing else, so that no mark or
     * tail of the lines above and below reaches into it, and cut to its ink: with the room left
     * for marks that a line of digits does not have, Tesseract's single-line mode read 2568 as
     * 2566 and 2565 as 2505 on clean scans.
     */
    static BufferedImage image(BufferedImage page, LineSegmenter.Line line, int dpi) {
        Box box = Box.around(line.parts());
        int margin = (int) Math.round(MARGIN * dpi);
        int pad = (int) Math.ceil(PAD * dpi);
        int x0 = (int) Math.floor(box.left());
        int y0 = (int) Math.floor(box.top());
        BufferedImage out = new BufferedImage((int) Math.ceil(box.width()) + 2 * margin,
                (int) Math.ceil(box.height()) + 2 * margin, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            for (Box part : line.parts()) {
                int x = clamp((int) Math.floor(part.left()) - pad, page.getWidth());
                int y = clamp((int) Math.floor(part.top()) - pad, page.getHeight());
                int w = clamp((int) Math.ceil(part.right()) + pad, page.getWidth()) - x;
                int h = clamp((int) Math.ceil(part.bottom()) + pad, page.getHeight()) - y;
                if (w > 0 && h > 0) {
                    g.drawImage(page.getSubimage(x, y, w, h), x - x0 + margin, y - y0 + margin, null);
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }

}
