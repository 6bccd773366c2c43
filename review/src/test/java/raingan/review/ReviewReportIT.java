package raingan.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import raingan.batch.run.RunSummary;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;
import raingan.testdata.Corpus;
import raingan.testdata.Format;

/**
 * The report of a generated batch (text exports and text-layer PDFs, converted as
 * {@code raingan convert} does) and of the real seed report, opened in headless Chromium: pages
 * load without a console message, the index lists every record, and a PDF's page shows its page
 * image with the fields on it, its fields and its findings. The screenshot is kept for a person
 * to look at: {@code review/target/review-screenshots/document.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewReportIT {

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1000;

    private final RecordJson json = new RecordJson();

    private Path dir;
    private Path in;
    private Path out;
    private Path report;
    private HeadlessChromium chromium;

    @BeforeAll
    void convertAndReview(@TempDir Path scratch) throws Exception {
        dir = scratch;
        chromium = new HeadlessChromium(dir);
        in = dir.resolve("in");
        Corpus.generate(in, 3, 11L, EnumSet.of(Format.TEXT, Format.PDF));
        deleteTree(in.resolve("truth"));
        // One scan (its boxes are OCR's, in pixels), made apart: a corpus writes all its formats' files.
        Path scans = dir.resolve("scans");
        Corpus.generate(scans, 1, 12L, EnumSet.of(Format.SCAN));
        Files.createDirectories(in.resolve("scan"));
        Files.move(scans.resolve("scan/gen-0001.pdf"), in.resolve("scan/gen-0001.pdf"));
        out = dir.resolve("out");
        RunSummary converted = ConvertedFolders.convert(in, out);
        assertEquals(7, converted.ok(), converted.line());
        report = dir.resolve("report");
        ReviewSummary summary = new ReviewReport().write(new ReviewOptions(out, in, report, 2, 100));
        assertEquals(7, summary.documents());
        assertEquals(0, summary.withoutImages(), "every PDF got its page images");
    }

    @Test
    void theIndexListsEveryRecordWithoutAConsoleMessage() throws Exception {
        HeadlessChromium.Loaded index = chromium.dumpDom(report.resolve("index.html"));
        assertEquals(List.of(), index.console(), "the index page logs nothing");
        Document dom = Jsoup.parse(index.dom());
        List<Element> rows = dom.select("#documents tbody tr");
        assertEquals(records(out).size(), rows.size(), "one row per record");
        assertEquals("7 of 7 documents", dom.getElementById("shown").text());
        for (Element row : rows) {
            Element link = row.selectFirst("a[href]");
            assertTrue(Files.isRegularFile(report.resolve(link.attr("href"))), link.attr("href"));
        }
    }

    @Test
    void aPdfsPageShowsItsPageImageItsFieldsOnItAndItsFindings() throws Exception {
        Path recordFile = out.resolve("pdf/gen-0002.pdf.json");
        ReportRecord record = read(recordFile);
        Path page = report.resolve(pageOf("pdf/gen-0002.pdf"));

        HeadlessChromium.Loaded loaded = chromium.dumpDom(page);
        assertEquals(List.of(), loaded.console(), "the document page logs nothing (ECharts loaded and drew)");
        Document dom = Jsoup.parse(loaded.dom());
        List<Element> images = dom.select("figure.page img");
        assertEquals(record.source().pageCount(), images.size(), "one image per page");
        for (Element img : images) {
            assertTrue(Files.size(page.getParent().resolve(img.attr("src"))) > 10_000, img.attr("src"));
        }
        assertTrue(dom.select("figure.page a.box.field").size() >= 10, "the fields are drawn on the page");
        Element code = dom.getElementById("/project/code");
        assertTrue(code.text().contains(record.project().code()), code.text());
        assertTrue(code.selectFirst("a[href^=#box:]") != null, "the code links to where it was read");
        assertEquals(record.findings().size(), dom.select("li.finding").size(), "every finding is listed");
        for (Element link : dom.select("li.finding a.at")) {
            String target = link.attr("href").substring(1);
            assertTrue(dom.getElementById(target) != null, "a finding links to what it is about: " + target);
        }
        assertTrue(dom.selectFirst("#progress-chart svg") != null, "the chart is drawn");

        Path screenshot = Files.createDirectories(Path.of("target", "review-screenshots")).resolve("document.png");
        Files.deleteIfExists(screenshot);
        assertEquals(List.of(), chromium.screenshot(page, screenshot, WIDTH, HEIGHT).console());
        BufferedImage shot = ImageIO.read(screenshot.toFile());
        assertEquals(WIDTH, shot.getWidth());
        assertEquals(HEIGHT, shot.getHeight());
        assertTrue(distinctColours(shot, 40, 200, 600, 900) > 50,
                "the page image shows in the left column: " + screenshot.toAbsolutePath());
    }

    @Test
    void aScansPageShowsTheFieldsWhereOcrReadThem() throws Exception {
        ReportRecord record = read(out.resolve("scan/gen-0001.pdf.json"));
        Path page = report.resolve(pageOf("scan/gen-0001.pdf"));
        HeadlessChromium.Loaded loaded = chromium.dumpDom(page);
        assertEquals(List.of(), loaded.console());
        Document dom = Jsoup.parse(loaded.dom());
        assertEquals(record.source().pageCount(), dom.select("figure.page img").size());
        Element name = dom.getElementById("box:/project/name");
        assertTrue(name != null, "the name read by OCR is drawn on its page");
        assertTrue(name.attr("style").matches("left:[0-9.]+%;top:[0-9.]+%;width:[0-9.]+%;height:[0-9.]+%"),
                name.attr("style"));
        assertEquals("#/project/name", name.attr("href"), "the box links to the value");
    }

    @Test
    void theSeedReportsPageListsItsFieldsAndFindings() throws Exception {
        Path seed = Path.of(System.getProperty("raingan.shared", "../shared")).resolve("corpus/seed").normalize();
        assumeTrue(Files.isDirectory(seed) || "true".equalsIgnoreCase(System.getenv("CI")), "no " + seed);
        Path seedOut = dir.resolve("seed-out");
        assertEquals(1, ConvertedFolders.convert(seed, seedOut).ok());
        Path seedReport = dir.resolve("seed-report");
        new ReviewReport().write(new ReviewOptions(seedOut, seed, seedReport, 2, 100));
        ReportRecord record = records(seedOut).get(0);

        HeadlessChromium.Loaded index = chromium.dumpDom(seedReport.resolve("index.html"));
        assertEquals(List.of(), index.console());
        assertEquals(1, Jsoup.parse(index.dom()).select("#documents tbody tr").size());
        HeadlessChromium.Loaded page = chromium.dumpDom(seedReport.resolve("documents/000001.html"));
        assertEquals(List.of(), page.console());
        Document dom = Jsoup.parse(page.dom());
        assertEquals(record.findings().size(), dom.select("li.finding").size());
        assertEquals(record.project().name(), dom.selectFirst("h1").text());
        assertTrue(dom.getElementById("/reports/9/status").text().contains("ยกเลิก"), "Thai values are shown as read");
    }

    private String pageOf(String path) throws IOException {
        String data = Files.readString(report.resolve("assets/documents.js"));
        int at = data.indexOf(",\"" + path + "\"");
        return data.substring(data.lastIndexOf("\"documents/", at) + 1, at - 1);
    }

    private List<ReportRecord> records(Path outDir) throws IOException {
        List<ReportRecord> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(outDir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                records.add(read(f));
            }
        }
        return records;
    }

    private ReportRecord read(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            return json.read(stream);
        }
    }

    private static int distinctColours(BufferedImage image, int x0, int y0, int x1, int y1) {
        Set<Integer> colours = new HashSet<>();
        for (int y = y0; y < y1; y += 3) {
            for (int x = x0; x < x1; x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
