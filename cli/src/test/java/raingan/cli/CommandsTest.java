package raingan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @TempDir
    Path tmp;

    @Test
    void dateReadsEveryExampleOfTheContract() {
        CliRun run = CliRun.of("date", "15/10/2562", "15/7/2563", "2019-10-01 00:00:00", "27 กุมภาพันธ์ 2563",
                "27 ก.พ. 63", "๒๗ ก.พ. ๒๕๖๓", "วันที่ 1 ตุลาคม พ.ศ. 2562");
        assertEquals(0, run.exit(), run.err());
        assertEquals(String.join("\n", "2019-10-15", "2020-07-15", "2019-10-01", "2020-02-27", "2020-02-27",
                "2020-02-27", "2019-10-01") + "\n", run.out());
    }

    @Test
    void dateNamesTheArgumentItCouldNotReadAndExitsOne() {
        CliRun run = CliRun.of("date", "1/10/2562", "31/2/2563", "พรุ่งนี้");
        assertEquals(1, run.exit());
        assertEquals("2019-10-01\n", run.out());
        assertTrue(run.err().contains("'31/2/2563'"), run.err());
        assertTrue(run.err().contains("'พรุ่งนี้'"), run.err());
    }

    @Test
    void dateReadsTheWeekdayInFrontAndTheTimeAfter() {
        CliRun run = CliRun.of("date", "วันพฤหัสบดีที่ 1 ตุลาคม 2563", "15 กรกฎาคม 2565 9:5:7", "อา. ๔ ต.ค. ๒๕๖๓",
                "วันศุกร์ที่ ๑๕ กรกฎาคม ๒๕๖๕ เวลา ๑๐.๓๐ น.");
        assertEquals(0, run.exit(), run.err());
        assertEquals("2020-10-01\n2022-07-15\n2020-10-04\n2022-07-15\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void datePrintsADateWhoseWeekdayIsWrongWithAWarningLineAndExitsZero() {
        CliRun run = CliRun.of("date", "วันพุธที่ 1 ตุลาคม 2563");
        assertEquals(0, run.exit());
        assertEquals("2020-10-01\n", run.out());
        assertEquals("raingan date: 'วันพุธที่ 1 ตุลาคม 2563': warning: "
                + "1 October 2020 (BE 2563) is a Thursday, not a Wednesday\n", run.err());
    }

    @Test
    void dateNamesATimeThatCannotExistAndExitsOne() {
        CliRun run = CliRun.of("date", "15 กรกฎาคม 2565 25:61");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals("raingan date: '15 กรกฎาคม 2565 25:61': the time 25:61 does not exist\n", run.err());
    }

    @Test
    void convertWritesRelativePathsAndIsByteIdenticalOnRerun() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("a"));
        Files.copy(seedFile(), in.resolve("a/b.txt"));
        assertEquals(0, CliRun.of("convert", in.toString(), "--out", tmp.resolve("out1").toString()).exit());
        assertEquals(0, CliRun.of("convert", in.toString(), "--out", tmp.resolve("out2").toString()).exit());
        byte[] first = Files.readAllBytes(tmp.resolve("out1/a/b.txt.json"));
        assertArrayEquals(first, Files.readAllBytes(tmp.resolve("out2/a/b.txt.json")));
        assertTrue(new String(first, java.nio.charset.StandardCharsets.UTF_8).contains("\"file\": \"a/b.txt\""));
    }

    @Test
    void auditExitsOneOnTheSeedsErrorAndPrintsATable() {
        CliRun run = CliRun.of("audit", seedFile().toString());
        assertEquals(1, run.exit(), "the seed has a cancelled entry flagged on plan: an error");
        assertTrue(run.out().contains("report.flag-conflict"), run.out());
        assertTrue(run.out().contains("/reports/9"), run.out());
    }

    @Test
    void auditJsonGivesOneLinePerFinding() {
        CliRun run = CliRun.of("audit", "--json", seedFile().toString());
        String[] lines = run.out().strip().split("\n");
        assertEquals(11, lines.length, run.out());
        assertTrue(lines[0].startsWith("{\"file\":\"bma-progress-2563-04160000-3940.txt\",\"rule\":"), lines[0]);
    }

    @Test
    void ocrLangChoosesTheModelAndAMissingOneNamesItsPackage() throws Exception {
        Path page = tmp.resolve("page.png");
        java.awt.image.BufferedImage white = new java.awt.image.BufferedImage(400, 200, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = white.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.dispose();
        javax.imageio.ImageIO.write(white, "png", page.toFile());
        CliRun run = CliRun.of("text", "--ocr-lang", "xyz_nosuch+eng", page.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("tesseract-ocr-xyz-nosuch"), run.err());
        assertTrue(!run.err().contains("tesseract-ocr-eng"), "eng is installed: " + run.err());
    }

    @Test
    void aMissingInputIsNamedInTheError() {
        CliRun run = CliRun.of("convert", tmp.resolve("nope.pdf").toString(), "--out", tmp.resolve("o").toString());
        assertTrue(run.exit() != 0);
        assertTrue(run.err().contains("nope.pdf"), run.err());
    }

    @Test
    void helpExplainsEachCommand() {
        for (String cmd : new String[] {"convert", "audit", "review", "date", "eval"}) {
            CliRun run = CliRun.of(cmd, "--help");
            assertEquals(0, run.exit());
            assertTrue(run.out().contains("Usage: raingan " + cmd), run.out());
            assertTrue(!run.err().contains("WARN"), "the help text formats: " + run.err());
        }
    }

    @Test
    void reviewWritesTheReportOfAConvertedFolderAndNamesAFolderThatIsNot() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("convert", seedFile().toString(), "--out", out.toString(), "--progress", "quiet").exit());
        CliRun run = CliRun.of("review", out.toString(), "--html", tmp.resolve("report").toString(), "--threads", "1");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("1 documents, 1 pages"), run.err());
        assertTrue(Files.isRegularFile(tmp.resolve("report/documents/000001.html")));

        CliRun notConverted = CliRun.of("review", tmp.toString(), "--html", tmp.resolve("r2").toString());
        assertEquals(1, notConverted.exit());
        assertTrue(notConverted.err().contains("manifest.jsonl"), notConverted.err());
    }

    private static Path seedFile() {
        return SharedSeed.require("corpus/seed/bma-progress-2563-04160000-3940.txt");
    }
}
