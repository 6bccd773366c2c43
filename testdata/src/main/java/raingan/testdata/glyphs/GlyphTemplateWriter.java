package raingan.testdata.glyphs;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.ocr.digits.GlyphBoxes;
import raingan.ingest.extract.ocr.digits.GlyphFeatures;
import raingan.ingest.extract.ocr.digits.GlyphTemplates;
import raingan.ingest.extract.ocr.leptonica.Pix;
import raingan.testdata.print.PrintStyle;

/**
 * Writes the glyph templates raingan reads Thai numbers against: the Thai digits and the signs
 * written among them, in each font of {@link PrintStyle#FONTS}, regular and bold, sharp and
 * blurred as a scan blurs them, at 300 dpi, their features taken exactly as OCR takes a page's.
 * Beside them, the same for the glyphs of the months' abbreviations. Prints how far other Thai
 * letters lie from the nearest template, the margin the readers' threshold keeps. Needs the
 * fonts (Debian fonts-thai-tlwg).
 */
public final class GlyphTemplateWriter {

    static final String CHARACTERS = "๐๑๒๓๔๕๖๗๘๙0123456789/-().,:";
    private static final String LETTERS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";
    /**
     * The glyphs of the months' abbreviations, each with the character that names its template:
     * มิ and มี are one glyph each (the vowel stands over the letter) and are named by their vowel.
     */
    private static final String[][] MONTH_GLYPHS = {
        {"ม", "ม"}, {"ก", "ก"}, {"พ", "พ"}, {"ย", "ย"}, {"ค", "ค"}, {"ส", "ส"}, {"ต", "ต"}, {"ธ", "ธ"},
        {"เ", "เ"}, {".", "."}, {"มิ", "\u0E34"}, {"มี", "\u0E35"},
    };
    /** Letters that are in no month's abbreviation: how far they lie is the month reader's margin. */
    private static final String NOT_IN_MONTHS = "ขฆงจฉชซญฎฐฒณดถทนบปผฝฟภรลวศษหอฮ";
    private static final int DPI = 300;
    private static final int POINTS = 16;
    private static final int BASELINE = 150;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GlyphTemplateWriter OUT_FILE");
            System.exit(2);
        }
        List<GlyphTemplates.Template> templates = new ArrayList<>();
        List<GlyphTemplates.Template> letters = new ArrayList<>();
        List<GlyphTemplates.Template> months = new ArrayList<>();
        List<GlyphTemplates.Template> notInMonths = new ArrayList<>();
        for (String family : PrintStyle.FONTS) {
            for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
                Font font = new Font(family, style, Math.round(POINTS * DPI / 72f));
                if (!font.getFamily(Locale.ROOT).equals(family)) {
                    throw new IllegalStateException("the font " + family + " is not installed: "
                            + "scripts/install-os-deps --dev installs fonts-thai-tlwg");
                }
                double letter = ink(render(font, "ก", false)).height();
                for (boolean blurred : new boolean[] {false, true}) {
                    String name = family + (style == Font.BOLD ? "-bold" : "") + (blurred ? "-blur" : "");
                    for (char c : CHARACTERS.toCharArray()) {
                        templates.add(template(font, c, blurred, letter, name));
                    }
                    for (char c : LETTERS.toCharArray()) {
                        letters.add(template(font, c, blurred, letter, name));
                    }
                    for (String[] g : MONTH_GLYPHS) {
                        months.add(template(font, g[0], g[1].charAt(0), blurred, letter, name));
                    }
                    for (char c : NOT_IN_MONTHS.toCharArray()) {
                        notInMonths.add(template(font, c, blurred, letter, name));
                    }
                }
            }
        }
        Path digits = Path.of(args[0]);
        write(digits, templates);
        write(digits.resolveSibling(MONTHS_FILE), months);
        System.err.println("digits and signs:");
        report(new GlyphTemplates(templates), templates, letters);
        System.err.println("months' glyphs:");
        report(new GlyphTemplates(months), months, notInMonths);
    }

    /** The month templates' file, beside the digits'. */
    private static final String MONTHS_FILE = "month-glyph-templates.tsv";

    private static void write(Path file, List<GlyphTemplates.Template> templates) throws IOException {
        StringBuilder out = new StringBuilder("# raingan glyph templates: character, font, aspect, height, "
                + "foot above baseline, shape (written by ocr-model/glyph-templates)\n");
        templates.forEach(t -> out.append(GlyphTemplates.line(t)).append('\n'));
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static GlyphTemplates.Template template(Font font, char c, boolean blurred, double letter, String name) {
        return template(font, String.valueOf(c), c, blurred, letter, name);
    }

    private static GlyphTemplates.Template template(Font font, String text, char label, boolean blurred,
                                                    double letter, String name) {
        BufferedImage image = render(font, text, blurred);
        return new GlyphTemplates.Template(label, name, GlyphFeatures.of(image, ink(image), BASELINE, letter));
    }

    /** Digits read against the other fonts' templates, and letters against all: the distances to keep apart. */
    private static void report(GlyphTemplates all, List<GlyphTemplates.Template> templates,
                               List<GlyphTemplates.Template> letters) {
        List<Double> own = new ArrayList<>();
        int wrong = 0;
        for (GlyphTemplates.Template t : templates) {
            String family = t.font().split("-")[0];
            GlyphTemplates others = new GlyphTemplates(templates.stream()
                    .filter(o -> !o.font().split("-")[0].equals(family)).toList());
            GlyphTemplates.Match m = others.nearest(t.features());
            own.add(m.distance());
            wrong += m.character() == t.character() ? 0 : 1;
        }
        List<Double> foreign = new ArrayList<>();
        for (GlyphTemplates.Template l : letters) {
            foreign.add(all.nearest(l.features()).distance());
        }
        System.err.printf(Locale.ROOT, "%d templates; leave-one-font-out: %d of %d misread, distance %s%n",
                templates.size(), wrong, templates.size(), percentiles(own));
        System.err.printf(Locale.ROOT, "Thai letters to the nearest template: distance %s%n", percentiles(foreign));
    }

    private static String percentiles(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "min %.4f p10 %.4f p50 %.4f p90 %.4f max %.4f", v[0], v[v.length / 10],
                v[v.length / 2], v[v.length * 9 / 10], v[v.length - 1]);
    }

    private static BufferedImage render(Font font, String text, boolean blurred) {
        BufferedImage image = new BufferedImage(300, 260, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(font);
            g.drawString(text, 60, BASELINE);
        } finally {
            g.dispose();
        }
        if (!blurred) {
            return image;
        }
        float[] kernel = new float[25];
        float[] row = {1, 4, 6, 4, 1};
        for (int i = 0; i < 25; i++) {
            kernel[i] = row[i / 5] * row[i % 5] / 256f;
        }
        BufferedImage soft = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        new ConvolveOp(new Kernel(5, 5, kernel), ConvolveOp.EDGE_NO_OP, null).filter(image, soft);
        return soft;
    }

    /** The ink box of the one glyph drawn, found as OCR finds a page's components. */
    private static Box ink(BufferedImage image) {
        try (Pix page = Pix.ofGrey(image); Pix ink = page.binarised(180)) {
            List<Box> boxes = new ArrayList<>();
            for (Pix.Component c : ink.components()) {
                boxes.add(new Box(c.x(), c.y(), c.x() + c.width(), c.y() + c.height()));
            }
            List<Box> glyphs = GlyphBoxes.of(boxes);
            if (glyphs.isEmpty()) {
                throw new IllegalStateException("nothing was drawn");
            }
            Box all = glyphs.get(0);
            for (Box b : glyphs) {
                all = all.union(b);
            }
            return all;
        }
    }

    private GlyphTemplateWriter() {
    }
}
