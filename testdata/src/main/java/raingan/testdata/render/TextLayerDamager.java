package raingan.testdata.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Breaks the text layer of a PDF while leaving its pages looking the same, as real government
 * PDFs are broken: the fonts' ToUnicode maps removed, sara am (ำ) lost ({@code สาหรับ} for
 * สำหรับ), or Thai mapped to the legacy TIS-620 bytes read as Latin-1 ({@code ÊÓËÃÑº}). Text
 * extraction then yields damaged text and a reader must OCR the pages.
 */
public final class TextLayerDamager {

    /** How the text layer is broken. */
    public enum Damage {
        /** No ToUnicode map: extraction gets nothing or the font's raw codes. */
        NO_UNICODE_MAP,
        /** ำ (drawn as nikhahit + sara aa) comes out as า: the nikhahit glyph maps to nothing. */
        SARA_AM_LOST,
        /** Every Thai character comes out as the Latin-1 letter of its TIS-620 byte. */
        LEGACY_ENCODING
    }

    private static final int THAI_FIRST = 0x0E01;
    private static final int THAI_LAST = 0x0E5B;
    private static final int TIS620_OFFSET = 0xA1 - THAI_FIRST;
    private static final int MAX_CODE = 0xFFFF;
    private static final int BFCHAR_BLOCK = 100;
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");

    /**
     * Rewrites {@code pdf} in place with its text layer broken by {@code damage}.
     *
     * @throws RenderException if the PDF cannot be read or written
     */
    public void damage(Path pdf, Damage damage) throws RenderException {
        Path damaged = pdf.resolveSibling(pdf.getFileName() + ".damaged");
        try {
            // PDFBox reads the file lazily: write to another file and move it over the original.
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                Map<COSDictionary, PDType0Font> fonts = new IdentityHashMap<>();
                for (PDPage page : doc.getPages()) {
                    collect(page.getResources(), fonts, 0);
                    page.setContents(rewritten(doc, new PDFStreamParser(page).parse(), damage));
                }
                for (PDType0Font font : fonts.values()) {
                    apply(doc, font, damage);
                }
                doc.save(damaged.toFile());
            }
            Files.move(damaged, pdf, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RenderException("cannot damage the text layer of " + pdf + ": " + e.getMessage(), e);
        }
    }

    private static void collect(PDResources resources, Map<COSDictionary, PDType0Font> fonts, int depth)
            throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font instanceof PDType0Font type0) {
                fonts.put(type0.getCOSObject(), type0);
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), fonts, depth + 1);
            }
        }
    }

    /**
     * The content stream with its {@code /ActualText} spans (Chromium writes one around each
     * cluster whose glyphs do not map one to one, such as a lowered tone mark) broken the same
     * way as the fonts: text extraction prefers them to the fonts' maps.
     */
    private static PDStream rewritten(PDDocument doc, List<Object> tokens, Damage damage) throws IOException {
        for (Object token : tokens) {
            if (token instanceof COSDictionary properties
                    && properties.getDictionaryObject(ACTUAL_TEXT) instanceof COSString actual) {
                if (damage == Damage.NO_UNICODE_MAP) {
                    properties.removeItem(ACTUAL_TEXT);
                } else {
                    String text = actual.getString();
                    String broken = damage == Damage.SARA_AM_LOST ? withoutSaraAm(text) : legacy(text);
                    properties.setItem(ACTUAL_TEXT, new COSString(broken));
                }
            }
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        return stream;
    }

    private static void apply(PDDocument doc, PDType0Font font, Damage damage) throws IOException {
        COSDictionary dict = font.getCOSObject();
        if (damage == Damage.NO_UNICODE_MAP) {
            dict.removeItem(COSName.TO_UNICODE);
            return;
        }
        Map<Integer, String> map = new TreeMap<>();
        for (int code = 0; code <= MAX_CODE; code++) {
            String unicode = font.toUnicode(code);
            if (unicode != null && !unicode.isEmpty()) {
                String broken = damage == Damage.SARA_AM_LOST ? withoutSaraAm(unicode) : legacy(unicode);
                if (!broken.isEmpty()) {
                    map.put(code, broken);
                }
            }
        }
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap(map).getBytes(StandardCharsets.US_ASCII));
        }
        dict.setItem(COSName.TO_UNICODE, stream);
    }

    /** The glyph's text with nikhahit dropped and sara am read as sara aa. */
    private static String withoutSaraAm(String unicode) {
        return unicode.replace("\u0E4D", "").replace('\u0E33', '\u0E32');
    }

    private static String legacy(String unicode) {
        StringBuilder sb = new StringBuilder();
        unicode.codePoints().forEach(cp -> sb.appendCodePoint(
                cp >= THAI_FIRST && cp <= THAI_LAST ? cp + TIS620_OFFSET : cp >= 0xF700 && cp <= 0xF71F ? '?' : cp));
        return sb.toString();
    }

    private static String cmap(Map<Integer, String> map) {
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(map.entrySet());
        for (int from = 0; from < entries.size(); from += BFCHAR_BLOCK) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + BFCHAR_BLOCK));
            sb.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                sb.append(String.format("<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    sb.append(String.format("%04X", (int) c));
                }
                sb.append(">\n");
            }
            sb.append("endbfchar\n");
        }
        return sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
