package raingan.ingest.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import raingan.ingest.extract.Fixtures;

class TikaFormatDetectorTest {

    private final TikaFormatDetector detector = new TikaFormatDetector();

    @ParameterizedTest
    @CsvSource({
        "report-text.pdf,   PDF,    application/pdf",
        "report-scan.pdf,   PDF,    application/pdf",
        "report-page.png,   IMAGE,  image/png",
        "report-photo.jpg,  IMAGE,  image/jpeg",
        "report-fax.tif,    IMAGE,  image/tiff",
        "report.docx,       OFFICE, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "report.odt,        OFFICE, application/vnd.oasis.opendocument.text",
        "report.rtf,        OFFICE, application/rtf",
        "report.html,       OFFICE, text/html",
        "report.txt,        TEXT,   text/plain",
        "report-tis620.txt, TEXT,   text/plain",
    })
    void detectsEachFixtureByContent(String fixture, DocumentFormat format, String mediaType) throws IOException {
        assertEquals(new Detection(format, mediaType), detector.detect(Fixtures.path(fixture)));
    }

    @ParameterizedTest
    @CsvSource({
        "report-scan.pdf,   report.docx,  PDF",
        "report.docx,       report.pdf,   OFFICE",
        "report-page.png,   report.jpg,   IMAGE",
        "report-tis620.txt, report.pdf,   TEXT",
        "report.odt,        report.txt,   OFFICE",
        "report-text.pdf,   report,       PDF",
    })
    void aMisleadingExtensionDoesNotMatter(String fixture, String misnamed, DocumentFormat format,
                                           @TempDir Path dir) throws IOException {
        Path copy = Files.copy(Fixtures.path(fixture), dir.resolve(misnamed));
        Detection truth = detector.detect(Fixtures.path(fixture));
        Detection detected = detector.detect(copy);
        assertEquals(format, detected.format());
        assertEquals(truth, detected);
    }

    @Test
    void aPdfWithBytesBeforeItsHeaderIsStillAPdf(@TempDir Path dir) throws IOException {
        // Not the %PDF- fast path: a byte-order mark, or a mail gateway's junk line, comes first.
        byte[] pdf = Files.readAllBytes(Fixtures.path("report-text.pdf"));
        for (byte[] prefix : new byte[][] {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)}) {
            Path file = dir.resolve("prefixed-" + prefix.length);
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(prefix);
                out.write(pdf);
            }
            assertEquals(new Detection(DocumentFormat.PDF, "application/pdf"), detector.detect(file));
        }
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE, 0", "UTF-16BE, 0", "UTF-16LE, 1", "UTF-16LE, 3"})
    void utf16WithoutAMarkIsText(String charset, int blankLines, @TempDir Path dir) throws IOException {
        // Starting with a line break, Tika takes it for a PCX image.
        String export = "\n".repeat(blankLines) + Files.readString(Fixtures.path("report.txt"));
        Path file = Files.write(dir.resolve("export"), export.getBytes(Charset.forName(charset)));
        assertEquals(new Detection(DocumentFormat.TEXT, "text/plain"), detector.detect(file));
    }

    @Test
    void binaryWithNulsAtOneParityIsNotTakenForUtf16(@TempDir Path dir) throws IOException {
        // Little-endian 16-bit samples of small values: every high byte is NUL, the low bytes are anything.
        byte[] samples = new byte[8192];
        Random random = new Random(16);
        for (int i = 0; i < samples.length; i += 2) {
            samples[i] = (byte) random.nextInt(256);
        }
        Path file = Files.write(dir.resolve("samples.txt"), samples);
        assertEquals(DocumentFormat.UNKNOWN, detector.detect(file).format());
        assertEquals(null, BomlessUtf16.charsetOf("รายงาน".getBytes(StandardCharsets.UTF_8)),
                "UTF-8 has no NULs");
    }

    @Test
    void xhtmlIsOffice(@TempDir Path dir) throws IOException {
        Path xhtml = Files.writeString(dir.resolve("page"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>รายงาน</title></head>
                <body><p>รหัสโครงการ : 04160000-3941</p></body></html>
                """, StandardCharsets.UTF_8);
        assertEquals(new Detection(DocumentFormat.OFFICE, "application/xhtml+xml"), detector.detect(xhtml));
    }

    @Test
    void aSpreadsheetOrArchiveIsUnknownWithItsType(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("report.docx");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("data.csv"));
            z.write("รหัสโครงการ,04160000-3941\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Detection detection = detector.detect(zip);
        assertEquals(DocumentFormat.UNKNOWN, detection.format());
        assertEquals("application/zip", detection.mediaType());
    }

    @Test
    void aCsvSpreadsheetIsNotAPlainTextReport(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("งบประมาณ.csv");
        Files.writeString(csv, "รหัสโครงการ,งบประมาณ\n04160000-3940,1250000\n");
        assertEquals(new Detection(DocumentFormat.UNKNOWN, "text/csv"), detector.detect(csv));
        Path txt = dir.resolve("report.txt");
        Files.writeString(txt, "รหัสโครงการ : 04160000-3940\n");
        assertEquals(new Detection(DocumentFormat.TEXT, "text/plain"), detector.detect(txt));
    }

    @Test
    void binaryNoiseIsUnknownNotLegacyText(@TempDir Path dir) throws IOException {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Detection detection = detector.detect(Files.write(dir.resolve("x.txt"), noise));
        assertEquals(DocumentFormat.UNKNOWN, detection.format());
        assertEquals("application/octet-stream", detection.mediaType());
    }

    @Test
    void legacyThaiBytesAreTextAndControlBytesAreNot() {
        byte[] tis620 = "ชื่อโครงการ/กิจกรรม : โครงการพัฒนาระบบระบายน้ำ\r\n"
                .getBytes(Charset.forName("x-windows-874"));
        assertTrue(TikaFormatDetector.looksLikeThaiLegacyText(tis620));
        byte[] withNul = tis620.clone();
        withNul[5] = 0;
        assertFalse(TikaFormatDetector.looksLikeThaiLegacyText(withNul));
        assertFalse(TikaFormatDetector.looksLikeThaiLegacyText("plain ASCII".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void mediaTypeParametersAreIgnored() {
        assertEquals(new Detection(DocumentFormat.TEXT, "text/plain"),
                TikaFormatDetector.detection(MediaType.parse("text/plain; charset=UTF-8")));
        assertEquals(new Detection(DocumentFormat.UNKNOWN, "application/vnd.ms-excel"),
                TikaFormatDetector.detection(MediaType.parse("application/vnd.ms-excel")));
    }

    @Test
    void aMissingFileIsAnIOException(@TempDir Path dir) {
        assertThrows(IOException.class, () -> detector.detect(dir.resolve("absent.pdf")));
    }
}
