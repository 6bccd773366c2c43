package raingan.ingest.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.FixturePdfs;
import raingan.ingest.extract.Fixtures;
import raingan.ingest.extract.OcrPolicy;
import raingan.ingest.extract.PageText;
import raingan.ingest.extract.ocr.PageReader;
import raingan.model.PageMethod;

/** Text layers as {@link PdfExtractor} reads them when it may not OCR: glyph order, lines, and their score. */
class PdfTextLayerTest {

    /** Never started: under NEVER no page is OCR'd. */
    private final PdfExtractor extractor = new PdfExtractor(ExtractionSettings.defaults().withOcr(OcrPolicy.NEVER),
            new TextLayerQuality(), new PageReader(ExtractionSettings.defaults()));

    /** Chromium's and LibreOffice's PDFs: both wrap stacked marks and ำ in ActualText spans. */
    @ParameterizedTest
    @ValueSource(strings = {"report-text.pdf", "report-lo.pdf"})
    void readsEachPageWithThaiMarksInLogicalOrder(String fixture) throws ExtractionException {
        ExtractedText text = Fixtures.read(extractor, fixture);
        List<PageText> pages = text.pages();
        assertEquals(2, pages.size());
        // pdftotext -raw reads both at 0 %; PDFBox's default stripper reads report-lo.pdf at 4 %.
        assertEquals(0.0, Fixtures.cer(Fixtures.expectedDocument(), text.joined()));
        for (PageText page : pages) {
            assertEquals(PageMethod.TEXT, page.method());
            assertEquals(1.0, page.textLayerScore());
        }
    }

    @Test
    void pagesEndWherePrintedPagesEnd() throws ExtractionException {
        List<PageText> pages = Fixtures.read(extractor, "report-text.pdf").pages();
        assertEquals(0.0, Fixtures.cer(Fixtures.expectedPage(1), pages.get(0).text()));
        assertEquals(0.0, Fixtures.cer(Fixtures.expectedPage(2), pages.get(1).text()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"report-text.pdf", "report-lo.pdf"})
    void keepsEachLabelAndItsValueOnOneLine(String fixture) throws ExtractionException {
        List<String> lines = Fixtures.read(extractor, fixture).pages().get(0).text().lines().toList();
        assertTrue(lines.contains("รหัสโครงการ : 04160000-3941"), String.join("\n", lines));
        assertTrue(lines.contains("งบประมาณที่ได้รับ : 1,250,000.50 บาท"), String.join("\n", lines));
        assertTrue(lines.contains("หน่วยงานที่รับผิดชอบ : สำนักการระบายน้ำ / กองระบบคลอง / ฝ่ายบำรุงรักษาคลอง"),
                String.join("\n", lines));
    }

    @Test
    void aScanHasAnEmptyLayerScoredZero() throws ExtractionException {
        PageText page = Fixtures.read(extractor, "report-scan.pdf").pages().get(0);
        assertEquals("", page.text());
        assertEquals(0.0, page.textLayerScore());
    }

    @Test
    void aBrokenToUnicodeMapGivesALayerScoredZero(@TempDir Path dir) throws ExtractionException, IOException {
        Path damaged = FixturePdfs.withBrokenToUnicode(Fixtures.path("report-text.pdf"), dir.resolve("d.pdf"));
        for (PageText page : Fixtures.read(extractor, damaged).pages()) {
            assertEquals(0.0, page.textLayerScore(), page.text());
        }
    }

    @Test
    void aLegacyThaiFontReadsAsLatinGarbageScoredZero(@TempDir Path dir) throws ExtractionException, IOException {
        Path legacy = FixturePdfs.legacyFont(Fixtures.expectedPage(2), dir.resolve("legacy.pdf"));
        PageText page = Fixtures.read(extractor, legacy).pages().get(0);
        assertTrue(page.text().startsWith("2. ÃÒÂ§Ò¹¤ÇÒÁ"), page.text());
        assertEquals(0.0, page.textLayerScore());
    }
}
