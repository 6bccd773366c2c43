package raingan.ingest.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheWholeContentUnderTheTargetNameAndNothingElse() throws IOException {
        Path target = dir.resolve("2563/เขต/รายงาน.txt.json");
        AtomicFiles.write(target, "{\n  \"form\": \"unknown\"\n}\n");
        assertEquals("{\n  \"form\": \"unknown\"\n}\n", Files.readString(target));
        assertEquals(List.of("รายงาน.txt.json"), names(target.getParent()));
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("a.json");
        Files.writeString(target, "old");
        AtomicFiles.write(target, "ใหม่");
        assertEquals("ใหม่", Files.readString(target));
        assertEquals(List.of("a.json"), names(dir));
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTemp() throws IOException {
        Path target = dir.resolve("a.json");
        Files.writeString(target, "old and complete");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("{\"half\": ");
            out.flush();
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old and complete", Files.readString(target));
        assertEquals(List.of("a.json"), names(dir));
    }

    @Test
    void staleTempsOfAKilledRunAreSweptAndTargetsKept() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.json"), "kept");
        Files.writeString(dir.resolve(".a.json.0a1b2c3d4e5f.raingan-tmp"), "{\"half");
        Files.writeString(dir.resolve("sub/.b.json.ffffffffffff.raingan-tmp"), "");
        Files.writeString(dir.resolve(".hidden-user-file"), "not ours");

        assertEquals(2, AtomicFiles.deleteStaleTemps(dir));

        assertEquals(List.of(".hidden-user-file", "a.json", "sub"), names(dir));
        assertTrue(names(dir.resolve("sub")).isEmpty());
    }

    @Test
    void staleTempsBesideOneTargetOnly() throws IOException {
        Files.writeString(dir.resolve(".all.jsonl.0a1b2c3d4e5f.raingan-tmp"), "x");
        Files.writeString(dir.resolve(".other.jsonl.0a1b2c3d4e5f.raingan-tmp"), "x");
        assertEquals(1, AtomicFiles.deleteStaleTempsOf(dir.resolve("all.jsonl")));
        assertEquals(List.of(".other.jsonl.0a1b2c3d4e5f.raingan-tmp"), names(dir));
        assertFalse(AtomicFiles.isTemp("a.json"));
    }
}
