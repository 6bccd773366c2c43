package raingan.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.batch.run.OutputFolders.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.ingest.ErrorClass;
import raingan.ingest.write.JsonFileSink;
import raingan.model.RecordJson;

/**
 * The inputs of issue 15 that real archives and attackers bring, in one archive with ordinary
 * reports around them, converted by a child JVM of at most 256 MiB of heap (so a bomb that
 * inflated would end as OUT_OF_MEMORY, not as its own class): a DOCX that inflates to 1.5 GiB,
 * symbolic links out of the archive, a file name that is not UTF-8, UTF-16 text without a mark.
 * Each row checks its input's status and time, and that every ordinary report converted. (A full
 * disk is {@link FullDiskTest}'s.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileArchiveIT {

    private static final String HEAP = "256m";
    private static final String BOMB = "เสีย/ระเบิด.docx";
    private static final String REAL_DOCX = "เสีย/0-จริง.docx";
    /** As the manifest names the file whose name is the bytes {@code old-} FF FE {@code .txt}. */
    private static final String OLD_NAME = "ชื่อเก่า/old-\\xff\\xfe.txt";
    private static final int REPORTS = 8;

    private final GeneratedReports generator = new GeneratedReports(15);
    private final List<String> reports = new ArrayList<>();
    @TempDir
    static Path dir;
    private Path in;
    private Path outside;
    private Map<String, ManifestEntry> stayInside;
    private Map<String, ManifestEntry> followed;
    private String stayInsideLog;

    @BeforeAll
    void buildAndConvert() throws IOException, InterruptedException {
        in = dir.resolve("archive");
        for (int i = 0; i < REPORTS; i++) {
            String rel = "รายงาน/เขต-" + i + ".txt";
            Files.writeString(create(rel), generator.report(i));
            reports.add(rel);
        }
        TestDocuments.docx(create(REAL_DOCX), generator.report(100).lines().toList());
        TestDocuments.docxBomb(create(BOMB), 3L << 29);
        outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.txt"), generator.report(101));
        Path passwd = Path.of("/etc/passwd");
        Files.createSymbolicLink(create("ลิงก์/passwd"), Files.exists(passwd) ? passwd : outside.resolve("secret.txt"));
        Files.createSymbolicLink(create("ลิงก์/นอก"), outside);
        Files.createSymbolicLink(create("ลิงก์/ใน.txt"), in.resolve(reports.get(0)));
        Files.write(create("utf16.txt"), generator.report(102).getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(create("ชื่อเก่า/ascii.txt"), generator.report(103));
        // Java cannot spell a name that is not UTF-8: a shell renames the file to one.
        Process mv = new ProcessBuilder("sh", "-c", "mv ascii.txt \"$(printf 'old-\\377\\376.txt')\"")
                .directory(in.resolve("ชื่อเก่า").toFile()).inheritIO().start();
        assertTrue(mv.waitFor(30, TimeUnit.SECONDS) && mv.exitValue() == 0, "a shell made the name");

        stayInsideLog = convert("out-inside");
        stayInside = manifest(dir.resolve("out-inside"));
        convert("out-followed", "follow-links");
        followed = manifest(dir.resolve("out-followed"));
    }

    @Test
    void aDocxThatInflatesTo1_5GibFailsAsArchiveBombInWellUnderASecond() throws IOException {
        assertTrue(Files.size(in.resolve(BOMB)) < 4 << 20, "a small file: " + Files.size(in.resolve(BOMB)));
        ManifestEntry bomb = stayInside.get(BOMB);
        assertEquals(Status.FAILED, bomb.status());
        assertEquals(ErrorClass.ARCHIVE_BOMB, bomb.errorClass(), bomb.message());
        assertTrue(bomb.message().startsWith("its part word/document.xml inflates to more than 100 times its "),
                bomb.message());
        assertTrue(bomb.millis() < 1000, "stopped after " + bomb.millis() + " ms");
        assertFalse(stayInsideLog.contains("OutOfMemoryError"), "within " + HEAP + " of heap");
        assertEquals(Status.OK, stayInside.get(REAL_DOCX).status(), "a real DOCX beside it reads");
        assertEveryReportConverted(stayInside);
    }

    @Test
    void linksOutOfTheArchiveAreSkippedNamingTheirTargetUnlessFollowed() throws IOException {
        for (String link : List.of("ลิงก์/passwd", "ลิงก์/นอก")) {
            ManifestEntry e = stayInside.get(link);
            assertEquals(Status.SKIPPED, e.status(), link);
            assertNull(e.sha256(), "not read: " + link);
            assertNull(e.size(), "not even looked at: " + link);
            assertTrue(e.message().startsWith("symbolic link to /") && e.message().contains("outside the folders"
                    + " given: not followed"), e.message());
            assertEquals(0, e.millis());
        }
        assertFalse(stayInside.containsKey("ลิงก์/นอก/secret.txt"));
        assertFalse(Files.exists(dir.resolve("out-inside/ลิงก์/นอก")), "nothing of it in the output");
        assertEquals(Status.OK, stayInside.get("ลิงก์/ใน.txt").status(), "a link inside the archive is followed");
        assertEveryReportConverted(stayInside);

        assertEquals(Status.OK, followed.get("ลิงก์/passwd").status());
        assertEquals(Status.OK, followed.get("ลิงก์/นอก/secret.txt").status());
        assertEveryReportConverted(followed);
    }

    @Test
    void aNameThatIsNotUtf8IsConvertedUnderTheSameLosslessNameEveryRun() throws IOException {
        ManifestEntry e = stayInside.get(OLD_NAME);
        assertNotNull(e, "the manifest names it with its bytes escaped: " + stayInside.keySet());
        assertEquals(Status.OK, e.status(), e.message());
        assertEquals("bma.project-progress", e.form());
        assertTrue(e.millis() < 5000, e.millis() + " ms");
        JsonNode record = new RecordJson().mapper().readTree(
                new JsonFileSink(dir.resolve("out-inside"), new RecordJson()).fileOf(OLD_NAME).toFile());
        assertEquals(OLD_NAME, record.path("source").path("file").asText());
        assertEquals(e.withMillis(0), followed.get(OLD_NAME).withMillis(0), "the same line from another run");
        assertEveryReportConverted(stayInside);
    }

    @Test
    void utf16WithoutAMarkIsAReportNotUnsupported() {
        ManifestEntry e = stayInside.get("utf16.txt");
        assertEquals(Status.OK, e.status(), e.message());
        assertEquals("bma.project-progress", e.form());
    }

    private void assertEveryReportConverted(Map<String, ManifestEntry> manifest) {
        for (String report : reports) {
            assertEquals(Status.OK, manifest.get(report).status(), report);
        }
    }

    /** Converts the archive in a child JVM on one worker, so each input's time is its own; returns what it printed. */
    private String convert(String out, String... options) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(in.toString(), dir.resolve(out).toString(),
                dir.resolve(out + ".jsonl").toString(), "threads=1"));
        args.addAll(List.of(options));
        Path log = dir.resolve(out + ".log");
        Process child = new ProcessBuilder(ChildBatch.command(HEAP, args.toArray(String[]::new)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the batch ends");
        String printed = Files.readString(log);
        assertEquals(2, child.exitValue(), "exit 2: the bomb failed; " + printed);
        return printed;
    }

    private Path create(String rel) throws IOException {
        Path p = in.resolve(rel);
        Files.createDirectories(p.getParent());
        return p;
    }
}
