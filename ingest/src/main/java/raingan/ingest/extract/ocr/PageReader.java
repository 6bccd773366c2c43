package raingan.ingest.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.layout.LayoutText;
import raingan.ingest.extract.layout.Table;
import raingan.ingest.extract.layout.TextBlock;
import raingan.ingest.extract.layout.TextSpan;
import raingan.ingest.thai.ThaiDictionary;

/**
 * Reads a page image by its layout ({@link PageAnalyser}): each ruled table cell on its own, the
 * running text between tables band by band, each of their text lines found by raingan
 * ({@link LineSegmenter}) and recognised alone ({@link LineReader}), a mark the segmenter is in
 * doubt of read on both lines it may belong to ({@link MarksBetweenLines}). The page's text is written
 * in reading order as the text export has it ({@link LayoutText}). Given a whole page as one
 * block, Tesseract drops most cells of a ruled table, reads a label and its value as one, and
 * hands the tone marks stacked over upper vowels to the line above.
 *
 * <p>Owns its Tesseract engines. Not thread-safe: one instance per worker thread, closed when
 * the worker ends.
 */
public final class PageReader implements AutoCloseable {

    /** How far inside a cell's rules (inches) its content starts: the rule's blur stays outside. */
    private static final double INSET = 0.02;
    /** How far (inches) a cell's tone marks may poke above the rule over it. */
    private static final double MARKS_OVER_RULE = 0.06;
    /** Ink lower than this (inches) is a mark, not a letter: marks are what poke over a rule. */
    private static final double SMALL_MARK = 0.08;
    /** How far (inches) under its letter a vowel below may hang apart from it. */
    private static final double HANG = 0.02;
    /** Bands of running text thinner than this (inches) hold no line. */
    private static final double MIN_BAND = 0.1;

    private final TesseractOcr ocr;
    /** The Thai model without English, for the abbreviations English reads as Latin; null when no English is used. */
    private final TesseractOcr thaiOnly;
    private final PageAnalyser analyser = new PageAnalyser();
    private final LineSegmenter segmenter = new LineSegmenter();
    private final LineReader lines;
    private final MarksBetweenLines between;

    public PageReader(ExtractionSettings settings) {
        this.ocr = new TesseractOcr(settings);
        String thai = withoutEnglish(settings.languages());
        this.thaiOnly = thai.equals(settings.languages()) ? null : new TesseractOcr(settings.withLanguages(thai));
        ThaiDictionary dictionary = new ThaiDictionary();
        this.lines = new LineReader(ocr, thaiOnly, dictionary);
        this.between = new MarksBetweenLines(dictionary);
    }

    /** The languages without English: {@code tha} of {@code tha+eng}. */
    private static String withoutEnglish(String languages) {
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
     * @return the page's text, the mean confidence of its lines weighted by their length, and the
     *     lines with their boxes in {@code page}'s pixels
     * @throws OcrUnavailableException if libtesseract or the language data is missing
     */
    public OcrResult read(BufferedImage page, int dpi) throws OcrUnavailableException {
        // A page with no text still tells whether OCR could have read one.
        ocr.start();
        PageLayout layout = analyser.analyse(OcrImages.grey(page), dpi);
        int resolution = dpi > 0 ? dpi : 300;
        Regions regions = new Regions(layout, dpi, resolution);
        List<TextBlock> blocks = new ArrayList<>();
        double top = 0;
        for (Table table : layout.tables()) {
            regions.band(top, table.box().top(), blocks);
            for (Table.Row row : table.rows()) {
                List<String> cells = new ArrayList<>();
                List<TextSpan> spans = new ArrayList<>();
                for (Box cell : row.cells()) {
                    List<TextSpan> read = regions.readCell(cell.inset(INSET * resolution));
                    cells.add(LayoutText.cell(read.stream().map(TextSpan::text).toList()));
                    spans.addAll(read);
                }
                blocks.add(new TextBlock(row.box().top(), LayoutText.row(cells), spans));
            }
            top = Math.max(top, table.box().bottom());
        }
        regions.band(top, layout.image().getHeight(), blocks);
        List<TextSpan> spans = new ArrayList<>();
        double weighted = 0;
        long chars = 0;
        for (TextSpan s : LayoutText.spans(blocks)) {
            spans.add(new TextSpan(s.text(), layout.unturned(s.box()), s.confidence()));
            weighted += s.confidence() * s.text().length();
            chars += s.text().length();
        }
        return new OcrResult(LayoutText.compose(blocks), chars == 0 ? 0 : weighted / chars, List.of(), spans);
    }

    /** Reads the regions of one page's layout, line by line. */
    private final class Regions {
        private final PageLayout layout;
        private final int dpi;
        private final int resolution;

        Regions(PageLayout layout, int dpi, int resolution) {
            this.layout = layout;
            this.dpi = dpi;
            this.resolution = resolution;
        }

        /** The running text between {@code top} and {@code bottom}, across the whole page. */
        void band(double top, double bottom, List<TextBlock> blocks) throws OcrUnavailableException {
            if (bottom - top < MIN_BAND * resolution) {
                return;
            }
            List<TextSpan> read = read(new Box(0, top, layout.image().getWidth(), bottom));
            blocks.add(new TextBlock(top, String.join("\n", read.stream().map(TextSpan::text).toList()), read));
        }

        /** The lines of text inside {@code box}, top to bottom. */
        List<TextSpan> read(Box box) throws OcrUnavailableException {
            return read(box, 0);
        }

        /**
         * The lines of a table cell. Its text's tone marks poke above the rule over it when rows
         * are set tight, into the cell above: a mark is the cell's whose box, raised by a little,
         * holds it.
         */
        List<TextSpan> readCell(Box box) throws OcrUnavailableException {
            return read(box, MARKS_OVER_RULE * resolution);
        }

        private List<TextSpan> read(Box box, double raiseMarks) throws OcrUnavailableException {
            double mark = SMALL_MARK * resolution;
            List<Box> letters = new ArrayList<>();
            List<Box> marks = new ArrayList<>();
            for (Box g : layout.glyphs()) {
                (g.height() < mark ? marks : letters).add(g);
            }
            List<Box> inside = new ArrayList<>();
            letters.stream().filter(g -> box.contains(centreX(g), centreY(g))).forEach(inside::add);
            List<Box> own = List.copyOf(inside);
            for (Box g : marks) {
                boolean raised = box.contains(centreX(g), centreY(g) + raiseMarks);
                // Low in the cell, a mark is the cell's own vowel below (ุ ู) when it hangs from one
                // of its letters; otherwise the tone of the row below, poking over the rule.
                if (raised || box.contains(centreX(g), centreY(g)) && hangsFromLetter(g, own, HANG * resolution)) {
                    inside.add(g);
                }
            }
            LineSegmenter.Segmentation found = segmenter.segment(inside, new InkWaist(layout.image()));
            return between.read(found, line -> lines.read(layout.image(), line, dpi, resolution));
        }
    }

    private static double centreX(Box b) {
        return (b.left() + b.right()) / 2;
    }

    private static double centreY(Box b) {
        return (b.top() + b.bottom()) / 2;
    }

    /** Whether the mark lies just under one of the letters, as ุ and ู hang from theirs. */
    static boolean hangsFromLetter(Box mark, List<Box> letters, double gap) {
        for (Box l : letters) {
            if (l.right() > mark.left() && l.left() < mark.right() && mark.top() >= l.bottom() - mark.height()
                    && mark.top() - l.bottom() <= gap) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        ocr.close();
        if (thaiOnly != null) {
            thaiOnly.close();
        }
    }
}
