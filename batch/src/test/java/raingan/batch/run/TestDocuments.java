package raingan.batch.run;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The inputs an archive really holds, good and bad, made on the spot so nothing binary is checked in. */
public final class TestDocuments {

    static final Path THAI_FONT = Path.of("/usr/share/fonts/truetype/tlwg/Laksaman.ttf");
    private static final int LINES_PER_PAGE = 36;

    private TestDocuments() {
    }

    /** An A4 PDF with a text layer in Laksaman (embedded, subset), 36 lines a page. */
    static void textPdf(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = textDocument(lines)) {
            doc.save(file.toFile());
        }
    }

    /** The same, password-protected (AES-128): it cannot be opened without the user password. */
    static void encryptedPdf(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = textDocument(lines)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("เจ้าของ-owner", "ผู้ใช้-user",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }

    /** A text PDF cut off part-way, as by an interrupted download: no xref, no trailer. */
    static void truncatedPdf(Path file, List<String> lines, double keep) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument doc = textDocument(lines)) {
            doc.save(bytes);
        }
        byte[] all = bytes.toByteArray();
        Files.write(file, Arrays.copyOf(all, (int) (all.length * keep)));
    }

    /** A PDF of {@code pages} blank A4 pages. */
    static void blankPdf(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            doc.save(file.toFile());
        }
    }

    /** A tiny PNG whose header claims width × height pixels (a decompression bomb to a naive decoder). */
    static void pngClaiming(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8);   // bit depth
        h.writeByte(2);   // RGB
        h.writeByte(0);
        h.writeByte(0);
        h.writeByte(0);
        chunk(png, "IHDR", ihdr.toByteArray());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] buffer = new byte[4096];
        int n = deflater.deflate(buffer);
        deflater.end();
        chunk(png, "IDAT", Arrays.copyOf(buffer, n));
        chunk(png, "IEND", new byte[0]);
        Files.write(file, png.toByteArray());
    }

    /** An .xlsx workbook (a zip of spreadsheet XML) with a Thai budget table. */
    static void xlsx(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"งบประมาณ\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>รหัสโครงการ</t></is></c>"
                    + "<c r=\"B1\" t=\"inlineStr\"><is><t>งบประมาณที่ได้รับ</t></is></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>04160000-3940</t></is></c>"
                    + "<c r=\"B2\"><v>1250000.5</v></c></row></sheetData></worksheet>");
        }
    }

    /** A DOCX of one paragraph per line, as Word writes the least of one. */
    static void docx(Path file, List<String> lines) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
                    .append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</w:t></w:r></w:p>");
        }
        try (ZipOutputStream zip = wordPackage(file)) {
            entry(zip, "word/document.xml", DOCUMENT_HEAD + body + DOCUMENT_TAIL);
        }
    }

    /**
     * A DOCX whose {@code word/document.xml} inflates to {@code inflated} bytes, one paragraph of one
     * letter: deflate packs it about 1 000 to 1, so 1.5 GiB makes a file of 1.5 MB.
     */
    static void docxBomb(Path file, long inflated) throws IOException {
        try (ZipOutputStream zip = wordPackage(file)) {
            // Deflate's best level is also its fastest on a run of one letter.
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write((DOCUMENT_HEAD + "<w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'A');
            for (long written = 0; written < inflated; written += block.length) {
                zip.write(block);
            }
            zip.write(("</w:t></w:r></w:p>" + DOCUMENT_TAIL).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /**
     * A scanned PDF of {@code pages} A4 pages, every one the same 150-dpi image of a few lines of
     * print, stored once: a few hundred KB however many pages, each of which needs OCR.
     */
    public static void scannedPdf(Path file, int pages) throws IOException {
        BufferedImage scan = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scan.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
            for (int line = 0; line < 40; line++) {
                g.drawString("Project progress report " + (line + 1) + ": 15/10/2562 budget 1,250,000 baht",
                        100, 150 + line * 38);
            }
        } finally {
            g.dispose();
        }
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(file.toFile());
        }
    }

    /** A plain zip archive holding two reports. */
    static void zip(Path file, String first, String second) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "รายงาน-1.txt", first);
            entry(zip, "รายงาน-2.txt", second);
        }
    }

    /** Seeded random bytes. */
    static void randomBinary(Path file, long seed, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        Files.write(file, bytes);
    }

    private static PDDocument textDocument(List<String> lines) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            PDType0Font font = PDType0Font.load(doc, new File(THAI_FONT.toString()));
            for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 13);
                    cs.setLeading(20);
                    cs.newLineAtOffset(50, 790);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(typeBytes);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    private static final String DOCUMENT_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private static final String DOCUMENT_TAIL = "</w:body></w:document>";

    /** A zip with the parts every DOCX has but its text, ready for {@code word/document.xml}. */
    private static ZipOutputStream wordPackage(Path file) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
        try {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            return zip;
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
