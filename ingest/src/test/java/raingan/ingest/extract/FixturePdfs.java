package raingan.ingest.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Damaged and hostile variants of the rendered fixtures, made with PDFBox (and POI) the way
 * such files arise: fonts without ToUnicode, a legacy Thai font, encryption, truncation, an
 * image bomb. Written to a folder the test owns.
 */
public final class FixturePdfs {

    private FixturePdfs() {
    }

    /**
     * The PDF with every font's ToUnicode map replaced by one that sends each glyph into the
     * private use area, as legacy Thai fonts do: the glyphs still print, the text is garbage.
     * (Removing the map is not enough: PDFBox then reads Unicode from the embedded font's cmap.)
     */
    public static Path withBrokenToUnicode(Path source, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    COSStream cmap = doc.getDocument().createCOSStream();
                    try (OutputStream os = cmap.createOutputStream()) {
                        os.write(privateUseCmap().getBytes(StandardCharsets.US_ASCII));
                    }
                    resources.getFont(name).getCOSObject().setItem(COSName.TO_UNICODE, cmap);
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    private static String privateUseCmap() {
        StringBuilder ranges = new StringBuilder();
        for (int high = 0; high < 0x10; high++) {
            ranges.append(String.format("<%02X00> <%02XFF> <E%01X00>%n", high, high, high));
        }
        return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Broken-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                + "16 beginbfrange\n" + ranges + "endbfrange\n"
                + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    }

    /** A PDF of page {@code firstPage} of {@code first} followed by page {@code secondPage} of {@code second} (1-based). */
    public static Path twoPages(Path first, int firstPage, Path second, int secondPage, Path out) throws IOException {
        try (PDDocument a = Loader.loadPDF(first.toFile());
             PDDocument b = Loader.loadPDF(second.toFile());
             PDDocument result = new PDDocument()) {
            result.importPage(a.getPage(firstPage - 1));
            result.importPage(b.getPage(secondPage - 1));
            result.save(out.toFile()); // before the sources close: imported pages still read from them
        }
        return out;
    }

    /** A one-page PDF of page {@code number} (1-based) of {@code source}. */
    public static Path page(Path source, int number, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile()); PDDocument result = new PDDocument()) {
            result.importPage(doc.getPage(number - 1));
            result.save(out.toFile());
        }
        return out;
    }

    /**
     * A page in the style of 1990s Thai PDFs: TIS-620 codes drawn with a font whose encoding
     * says Windows-1252, so the text layer reads as Latin-1 letters (ª×èÍâ¤Ã§¡ÒÃ).
     */
    public static Path legacyFont(String thai, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            String garbled = new String(thai.getBytes("x-windows-874"), "windows-1252");
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 780);
                content.setLeading(16);
                for (String line : garbled.split("\n")) {
                    content.showText(line.replaceAll("[^\\x20-\\x7E\\xA0-\\xFF]", "?"));
                    content.newLine();
                }
                content.endText();
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /** The PDF encrypted with AES-256 and a user password, so it cannot be opened without it. */
    public static Path encrypted(Path source, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(out.toFile());
        }
        return out;
    }

    /** The first {@code fraction} of the file's bytes, as an interrupted download leaves it. */
    public static Path truncated(Path source, double fraction, Path out) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        Files.write(out, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
        return out;
    }

    /** A one-page PDF whose page is {@code inches} square: at 300 dpi far more pixels than any scan. */
    public static Path hugePage(float inches, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(inches * 72, inches * 72)));
            doc.save(out.toFile());
        }
        return out;
    }

    /** A valid PNG header claiming {@code width} × {@code height} pixels, with almost no data: an image bomb. */
    public static Path pngBomb(int width, int height, Path out) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(png, "IEND", new byte[0]);
        Files.write(out, png.toByteArray());
        return out;
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The DOCX encrypted with a password (agile encryption), as Word saves a protected document. */
    public static Path encryptedDocx(Path source, Path out)
            throws IOException, GeneralSecurityException, InvalidFormatException {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OPCPackage opc = OPCPackage.open(Files.newInputStream(source));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream file = Files.newOutputStream(out)) {
                fs.writeFilesystem(file);
            }
        }
        return out;
    }

}
