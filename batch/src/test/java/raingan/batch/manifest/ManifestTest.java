package raingan.batch.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.batch.walk.PathOrder;
import raingan.ingest.ErrorClass;
import raingan.model.RecordJson;
import raingan.model.SourceMethod;

class ManifestTest {

    private final RecordJson json = new RecordJson();
    @TempDir
    Path dir;

    private static ManifestEntry ok(String path, String sha) {
        return new ManifestEntry(path, sha, 2048L, Status.OK, "text/plain", "bma.project-progress", 3, SourceMethod.TEXT, 12,
                new FindingCounts(1, 2, 0), null, null);
    }

    private static ManifestEntry failed(String path) {
        return ManifestEntry.failed(path, "ab12", 10L, ErrorClass.ENCRYPTED, "รหัสผ่าน: " + ErrorClass.ENCRYPTED.advice(), 5);
    }

    @Test
    void tornLastLineIsIgnoredAndEndsTheValidPart() throws IOException {
        Path file = dir.resolve(Manifest.FILE_NAME);
        String first = json.line(ok("2563/รายงาน-ก.txt", "aa")) + "\n";
        String second = json.line(failed("2563/ลับ.pdf")) + "\n";
        String torn = json.line(ok("2564/รายงาน-ข.txt", "bb")).substring(0, 40);
        Files.writeString(file, first + second + torn, StandardCharsets.UTF_8);

        Manifest.Loaded loaded = Manifest.read(file, json);

        assertEquals(Set.of("2563/รายงาน-ก.txt", "2563/ลับ.pdf"), loaded.entries().keySet());
        assertEquals(1, loaded.badLines());
        assertEquals((first + second).getBytes(StandardCharsets.UTF_8).length, loaded.validLength());
        assertEquals(ErrorClass.ENCRYPTED, loaded.entries().get("2563/ลับ.pdf").errorClass());
        assertEquals(new FindingCounts(1, 2, 0), loaded.entries().get("2563/รายงาน-ก.txt").findings());
    }

    @Test
    void garbageLineInTheMiddleIsSkippedAndLaterLinesWin() throws IOException {
        Path file = dir.resolve(Manifest.FILE_NAME);
        Files.writeString(file, json.line(failed("a.txt")) + "\n{\"path\": broken\n\n"
                + json.line(ok("a.txt", "cc")) + "\n" + "[1,2]\n");

        Manifest.Loaded loaded = Manifest.read(file, json);

        assertEquals(2, loaded.badLines());
        assertEquals(Status.OK, loaded.entries().get("a.txt").status());
        assertEquals(Files.size(file), loaded.validLength());
    }

    @Test
    void missingManifestReadsAsEmpty() throws IOException {
        Manifest.Loaded loaded = Manifest.read(dir.resolve("none.jsonl"), json);
        assertTrue(loaded.entries().isEmpty());
        assertEquals(0, loaded.validLength());
    }

    @Test
    void writerCutsOffTheTornTailBeforeAppending() throws IOException {
        Path file = dir.resolve(Manifest.FILE_NAME);
        String first = json.line(ok("a.txt", "aa")) + "\n";
        Files.writeString(file, first + "{\"path\":\"b.txt\",\"sha2");
        Manifest.Loaded before = Manifest.read(file, json);

        try (ManifestWriter w = ManifestWriter.open(file, before.validLength(), json)) {
            w.append(ok("b.txt", "bb"));
        }

        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        Manifest.Loaded after = Manifest.read(file, json);
        assertEquals(0, after.badLines());
        assertEquals("bb", after.entries().get("b.txt").sha256());
    }

    @Test
    void compactionKeepsOneLinePerInputOfThisRunInWalkOrder() throws IOException {
        Path file = dir.resolve(Manifest.FILE_NAME);
        List<ManifestEntry> lines = new ArrayList<>(List.of(
                ok("b/z.txt", "1"), failed("a.txt"), ok("gone.txt", "2"), ok("a/b.txt", "3"),
                ManifestEntry.skipped("Thumbs.db", 0L, "junk"), ok("a.txt", "4"), ok("b/z.txt", "5")));
        StringBuilder sb = new StringBuilder();
        for (ManifestEntry e : lines) {
            sb.append(json.line(e)).append('\n');
        }
        sb.append("{\"path\":\"a/c.t");
        Files.writeString(file, sb);

        List<ManifestEntry> compacted = Manifest.compact(file,
                Set.of("a.txt", "a/b.txt", "b/z.txt", "Thumbs.db", "never-finished.txt"), json);

        assertEquals(List.of("Thumbs.db", "a/b.txt", "a.txt", "b/z.txt"),
                compacted.stream().map(ManifestEntry::path).toList());
        assertEquals("4", compacted.get(2).sha256(), "the last line of a path wins");
        assertEquals("5", compacted.get(3).sha256());
        List<String> written = Files.readAllLines(file);
        assertEquals(compacted.size(), written.size());
        assertEquals(json.line(compacted.get(1)), written.get(1));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temp file left behind");
        }
    }

    @Test
    void entriesRoundTripThroughTheirJsonLine() throws IOException {
        ManifestEntry e = ManifestEntry.unsupported("ตาราง/งบประมาณ.xlsx", "ff00", 4096L,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 7);
        Path file = dir.resolve(Manifest.FILE_NAME);
        Files.writeString(file, json.line(e) + "\n");
        assertEquals(e, Manifest.read(file, json).entries().get(e.path()));
        String line = json.line(e);
        assertTrue(line.startsWith("{\"path\":\"ตาราง/งบประมาณ.xlsx\",\"sha256\":\"ff00\",\"size\":4096,"
                + "\"status\":\"unsupported\""), line);
        assertFalse(line.contains("\n"));
        assertNull(e.errorClass());
    }

    @Test
    void pathOrderIsFolderByFolder() {
        List<String> paths = new ArrayList<>(List.of("a.txt", "a/b.txt", "a-b/c.txt", "a/b/c.txt", "B.txt", "a"));
        paths.sort(PathOrder.INSTANCE);
        assertEquals(List.of("B.txt", "a", "a/b/c.txt", "a/b.txt", "a-b/c.txt", "a.txt"), paths);
    }
}
