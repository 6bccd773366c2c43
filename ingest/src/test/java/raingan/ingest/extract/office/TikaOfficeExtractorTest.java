package raingan.ingest.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import raingan.ingest.detect.Detection;
import raingan.ingest.detect.DocumentFormat;
import raingan.ingest.extract.ArchiveLimits;
import raingan.ingest.extract.CorruptDocumentException;
import raingan.ingest.extract.EncryptedDocumentException;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.FixturePdfs;
import raingan.ingest.extract.Fixtures;
import raingan.ingest.source.SourceDocument;
import raingan.model.PageMethod;

class TikaOfficeExtractorTest {

    private static final Detection DOCX = new Detection(DocumentFormat.OFFICE,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final TikaOfficeExtractor extractor = new TikaOfficeExtractor(ArchiveLimits.DEFAULTS);

    @ParameterizedTest
    @ValueSource(strings = {"report.docx", "report.odt", "report.rtf", "report.html"})
    void readsTheWholeReportAsOnePage(String fixture) throws ExtractionException {
        ExtractedText text = Fixtures.read(extractor, fixture);
        assertEquals(1, text.pages().size());
        assertEquals(PageMethod.TEXT, text.pages().get(0).method());
        assertEquals(0.0, Fixtures.cer(Fixtures.expectedDocument(), text.joined()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.docx", "report.odt", "report.rtf", "report.html"})
    void tableRowsAreLinesWithTheLabelCellBeforeTheValueCell(String fixture) throws ExtractionException {
        List<String> lines = Fixtures.read(extractor, fixture).joined().lines().toList();
        assertTrue(lines.contains("รหัสโครงการ\t: 04160000-3941"), String.join("\n", lines));
        assertTrue(lines.contains("ชื่อผู้รับผิดชอบ\t: นายสมศักดิ์ ทองคำ 1521"), String.join("\n", lines));
        assertTrue(lines.contains(": เป็นไปตามแผน : เป็นไปตามเป้าหมาย"), String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("<") || l.contains("font-family")),
                "no markup or style sheet text");
    }

    @Test
    void readsTheDocumentAsThePipelineDetectedIt() throws ExtractionException {
        assertEquals(DOCX.mediaType(), extractor.extract(Fixtures.doc("report.docx"), DOCX).mediaType());
    }

    @Test
    void aPasswordProtectedDocxIsEncrypted(@TempDir Path dir)
            throws IOException, GeneralSecurityException, InvalidFormatException {
        Path locked = FixturePdfs.encryptedDocx(Fixtures.path("report.docx"), dir.resolve("locked.docx"));
        ExtractionException e = assertThrows(EncryptedDocumentException.class,
                () -> Fixtures.read(extractor, locked));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void aDocxThatIsNotOneIsCorrupt(@TempDir Path dir) throws IOException {
        Path cut = FixturePdfs.truncated(Fixtures.path("report.rtf"), 0.5, dir.resolve("cut.docx"));
        assertThrows(CorruptDocumentException.class, () -> extractor.extract(SourceDocument.of(cut), DOCX));
    }
}
