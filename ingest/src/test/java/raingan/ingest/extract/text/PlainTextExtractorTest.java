package raingan.ingest.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.Fixtures;
import raingan.ingest.extract.PageText;
import raingan.model.PageMethod;

class PlainTextExtractorTest {

    private static final String LINE = "รหัสโครงการ : 04160000-3941\nสำนักการระบายน้ำ ครั้งที่ 1";

    private final PlainTextExtractor extractor = new PlainTextExtractor();

    @Test
    void readsTheUtf8ExportAsOnePage() throws ExtractionException {
        ExtractedText text = Fixtures.read(extractor, "report.txt");
        assertEquals(1, text.pages().size());
        PageText page = text.pages().get(0);
        assertEquals(PageMethod.TEXT, page.method());
        assertEquals(0.0, Fixtures.cer(Fixtures.expectedDocument(), page.text()));
        assertEquals("text/plain", text.mediaType());
    }

    @Test
    void readsTis620AsThai() throws ExtractionException {
        ExtractedText legacy = Fixtures.read(extractor, "report-tis620.txt");
        ExtractedText utf8 = Fixtures.read(extractor, "report.txt");
        assertEquals(utf8.joined(), legacy.joined());
    }

    @Test
    void dropsTheByteOrderMarkAndUnifiesLineBreaks(@TempDir Path dir) throws ExtractionException, IOException {
        byte[] body = LINE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[body.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(body, 0, marked, 3, body.length);
        assertEquals(LINE, read(Files.write(dir.resolve("bom.txt"), marked)));
    }

    @Test
    void readsUtf16WithItsMark(@TempDir Path dir) throws ExtractionException, IOException {
        byte[] le = ("\uFEFF" + LINE).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(LINE, read(Files.write(dir.resolve("utf16.txt"), le)));
    }

    @Test
    void readsUtf16WithoutAMarkInEitherByteOrder(@TempDir Path dir) throws ExtractionException, IOException {
        String export = Files.readString(Fixtures.path("report.txt"));
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Path file = Files.write(dir.resolve(utf16.name() + ".txt"), export.getBytes(utf16));
            assertEquals(Fixtures.read(extractor, "report.txt").joined(), read(file), utf16.name());
        }
    }

    @Test
    void invalidUtf8FallsBackToWindows874NotReplacementCharacters(@TempDir Path dir)
            throws ExtractionException, IOException {
        byte[] windows874 = "ราคา 1,000 บาท \u2013 “ด่วน”".getBytes(Charset.forName("x-windows-874"));
        assertEquals("ราคา 1,000 บาท \u2013 “ด่วน”", read(Files.write(dir.resolve("w874.txt"), windows874)));
    }

    private String read(Path file) throws ExtractionException {
        return Fixtures.read(extractor, file).joined();
    }
}
