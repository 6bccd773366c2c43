package raingan.ingest.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.extract.Fixtures;

class TextLayerQualityTest {

    private final TextLayerQuality quality = new TextLayerQuality();
    private final String report = Fixtures.expectedDocument();

    @Test
    void aCleanThaiReportIsTrusted() {
        TextLayerQuality.Measures m = quality.measure(report, 0);
        assertEquals(1.0, m.score());
        assertEquals(0, m.misplaced());
        assertEquals(0, m.saraAmDropped());
        assertTrue(m.dictionaryShare() > 0.95, "share of dictionary words " + m.dictionaryShare());
    }

    @Test
    void theRealSeedReportIsTrusted() throws IOException {
        Path seed = Path.of(System.getProperty("raingan.shared", "../../shared"),
                "corpus/seed/bma-progress-2563-04160000-3940.txt");
        double score = quality.measure(Files.readString(seed, StandardCharsets.UTF_8), 0).score();
        assertTrue(score >= TextLayerQuality.THRESHOLD, "seed scored " + score);
    }

    @Test
    void saraAmDroppedScoresLow() {
        // What a font without a mapping for the ำ glyph leaves: สาหรับ, ดาเนินการ, สานักงาน.
        TextLayerQuality.Measures m = quality.measure(report.replace('\u0E33', '\u0E32'), 0);
        assertTrue(m.saraAmDropped() >= 3, "dropped sara am found: " + m.saraAmDropped());
        assertTrue(m.score() < TextLayerQuality.THRESHOLD, "scored " + m.score());
    }

    @Test
    void saraAmLostEntirelyScoresLow() {
        // A font whose ำ glyph has no Unicode at all: สหรับ, ดเนินการ.
        TextLayerQuality.Measures m = quality.measure(report.replace("\u0E33", ""), 0);
        assertTrue(m.saraAmDropped() >= 3, "lost sara am found: " + m.saraAmDropped());
        assertTrue(m.score() < TextLayerQuality.THRESHOLD, "scored " + m.score());
    }

    @Test
    void aFewWordsThatReadEitherWayDoNotCondemnAPage() {
        // น้า (aunt) and นา (rice field) are words too: no evidence of a dropped ำ.
        String text = report + "\nน้าของฉันทำนาที่จังหวัดสุพรรณบุรี";
        assertEquals(1.0, quality.measure(text, 0).score());
    }

    @Test
    void legacyFontGarbageScoresZero() throws UnsupportedEncodingException {
        String garbage = new String(report.getBytes("x-windows-874"), "windows-1252");
        assertEquals(0.0, quality.measure(garbage, 0).score());
    }

    @Test
    void privateUseGlyphsAndReplacementCharactersScoreLow() {
        // Legacy Thai fonts map shifted tone marks into U+F700–U+F71F.
        String text = report.replace('\u0E48', '\uF70A').replace('\u0E49', '\uF70B').replace('ร', '\uFFFD');
        assertTrue(quality.measure(text, 0).score() < TextLayerQuality.THRESHOLD);
    }

    @Test
    void detachedToneMarksScoreLow() {
        TextLayerQuality.Measures m = quality.measure(report.replaceAll("([\u0E48-\u0E4B])", " $1"), 0);
        assertTrue(m.misplaced() > 50);
        assertTrue(m.score() < TextLayerQuality.THRESHOLD, "scored " + m.score());
    }

    @Test
    void toneMarksMovedPastTheNextConsonantScoreLow() {
        // PDFBox's default stripper: ครั้ง → ครัง้, ที่รับ → ทีร่ับ
        String text = report.replaceAll("([\u0E48-\u0E4B])([\u0E01-\u0E2E])", "$2$1");
        TextLayerQuality.Measures m = quality.measure(text, 0);
        assertTrue(m.dictionaryShare() < 0.85, "dictionary share " + m.dictionaryShare());
        assertTrue(m.score() < TextLayerQuality.THRESHOLD, "scored " + m.score());
    }

    @Test
    void glyphsWithoutUnicodeCountAgainstTheLayer() {
        double clean = quality.measure(report, 0).score();
        double half = quality.measure(report, report.length() / 2).score();
        assertTrue(half < TextLayerQuality.THRESHOLD && half < clean);
    }

    @Test
    void englishIsJudgedOnlyByItsCharacters() {
        String english = "Management Strategy: progress report of the drainage project, "
                + "second quarter, disbursement 312,500 baht, on plan and on target.";
        assertEquals(1.0, quality.measure(english, 0).score());
    }

    @Test
    void aScannedPageHasNoLayerAndScoresZero() {
        assertEquals(0.0, quality.score(new PageLayer("", List.of(), 0, 0, 1, 0)));
        assertEquals(0.0, quality.score(new PageLayer("12", List.of(), 2, 0, 1, 0)), "a page number over a scan");
        assertFalse(TextLayerQuality.trusted(0.0));
    }

    @Test
    void fontsWithoutToUnicodeLeaveInkWithoutText() {
        assertEquals(0.0, quality.score(new PageLayer("", List.of(), 1200, 1200, 0, 0)));
    }

    @Test
    void textConvertedToOutlinesIsInkWithoutText() {
        assertEquals(0.0, quality.score(new PageLayer("", List.of(), 0, 0, 0, 900)));
    }

    @Test
    void aBlankPageHasNothingToJudge() {
        Double score = quality.score(new PageLayer("", List.of(), 0, 0, 0, 2));
        assertNull(score);
        assertTrue(TextLayerQuality.trusted(score), "a blank page is not worth OCR");
    }
}
