package raingan.batch.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

    @TempDir
    Path dir;

    private static List<String> walk(List<Path> inputs, Path out) {
        List<String> seen = new ArrayList<>();
        InputWalker w = new InputWalker(inputs, List.of(out), List.of());
        while (w.hasNext()) {
            WalkEntry e = w.next();
            seen.add(e.kind() + " " + e.name());
        }
        return seen;
    }

    private List<WalkEntry> entries(List<Path> inputs, LinkPolicy links) {
        List<WalkEntry> all = new ArrayList<>();
        new InputWalker(inputs, List.of(dir.resolve("out")), List.of(), links).forEachRemaining(all::add);
        return all;
    }

    private static String line(WalkEntry e) {
        return e.kind() + " " + e.name();
    }

    private Path touch(String rel) throws IOException {
        Path p = dir.resolve("in").resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "รายงานครั้งที่ 1 :: 15/10/2562");
        return p;
    }

    @Test
    void walksDepthFirstWithEachFolderSortedWhateverTheCreationOrder() throws IOException {
        List<String> names = new ArrayList<>(List.of("2563/ก-รายงาน.txt", "2563/ข-รายงาน.txt", "2563.txt",
                "2563/เขต/บางรัก.pdf", "2562/a.txt", "2562-old/b.txt", "Z.txt", "ก.txt"));
        Collections.shuffle(names, new Random(7));
        for (String n : names) {
            touch(n);
        }
        List<String> first = walk(List.of(dir.resolve("in")), dir.resolve("out"));
        List<String> expected = List.of("FILE 2562/a.txt", "FILE 2562-old/b.txt", "FILE 2563/ก-รายงาน.txt",
                "FILE 2563/ข-รายงาน.txt", "FILE 2563/เขต/บางรัก.pdf", "FILE 2563.txt", "FILE Z.txt", "FILE ก.txt");
        assertEquals(expected, first);
        assertEquals(first, walk(List.of(dir.resolve("in")), dir.resolve("out")));
        List<String> sorted = new ArrayList<>(first);
        sorted.sort((a, b) -> PathOrder.INSTANCE.compare(a.substring(5), b.substring(5)));
        assertEquals(first, sorted, "the walk visits inputs in PathOrder");
    }

    @Test
    void junkAndHiddenEntriesAreSkippedAndHiddenFoldersNotEntered() throws IOException {
        touch("a.txt");
        touch(".DS_Store");
        touch("Thumbs.db");
        touch("sub/desktop.ini");
        touch("~$รายงาน.docx");
        touch(".git/objects/ab/cdef");
        touch(".a.txt.json.1234.raingan-tmp");
        assertEquals(List.of("SKIPPED .DS_Store", "SKIPPED .a.txt.json.1234.raingan-tmp", "SKIPPED .git",
                "SKIPPED Thumbs.db", "FILE a.txt", "SKIPPED sub/desktop.ini", "SKIPPED ~$รายงาน.docx"),
                walk(List.of(dir.resolve("in")), dir.resolve("out")));
    }

    @Test
    void aSymlinkLoopIsReportedOnceAndNotFollowed() throws IOException {
        touch("a/report.txt");
        Files.createSymbolicLink(dir.resolve("in/a/back-to-input"), dir.resolve("in"));
        Files.createSymbolicLink(dir.resolve("in/a/self"), Path.of("."));
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/linked.txt"), "x");
        Files.createSymbolicLink(dir.resolve("in/linked-folder"), dir.resolve("elsewhere"));

        List<String> entries = new ArrayList<>();
        InputWalker w = new InputWalker(List.of(dir.resolve("in")), List.of(dir.resolve("out")), List.of());
        while (w.hasNext()) {
            WalkEntry e = w.next();
            entries.add(e.kind() + " " + e.name());
            if (e.name().equals("a/back-to-input")) {
                assertTrue(e.reason().contains("loop") && e.reason().contains("the input folder"), e.reason());
            }
            if (e.name().equals("a/self")) {
                assertTrue(e.reason().contains("folder a,"), e.reason());
            }
        }
        assertEquals(List.of("SKIPPED a/back-to-input", "FILE a/report.txt", "SKIPPED a/self",
                "SKIPPED linked-folder"), entries);
    }

    @Test
    void linksThatLeaveTheInputFoldersAreSkippedWithTheirTargetUnlessFollowed() throws IOException {
        touch("a/report.txt");
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "root:x:0:0");
        Files.createSymbolicLink(dir.resolve("in/passwd"), secret);
        Files.createSymbolicLink(dir.resolve("in/elsewhere"), outside);
        Files.createSymbolicLink(dir.resolve("in/inside.txt"), dir.resolve("in/a/report.txt"));
        // A link into another folder given stays inside the inputs.
        Path other = touch("../other/b.txt").getParent();
        Files.createSymbolicLink(dir.resolve("in/to-other"), other);

        List<WalkEntry> inside = entries(List.of(dir.resolve("in"), other), LinkPolicy.STAY_INSIDE);

        assertEquals(List.of("FILE a/report.txt", "SKIPPED elsewhere", "FILE inside.txt", "SKIPPED passwd",
                "FILE to-other/b.txt", "FILE b.txt"), inside.stream().map(InputWalkerTest::line).toList());
        WalkEntry passwd = inside.stream().filter(e -> e.name().equals("passwd")).findFirst().orElseThrow();
        assertEquals("symbolic link to " + secret.toRealPath() + ", outside the folders given: not followed"
                + " (--follow-links follows it)", passwd.reason());

        assertEquals(List.of("FILE a/report.txt", "FILE elsewhere/secret.txt", "FILE inside.txt", "FILE passwd",
                "FILE to-other/b.txt", "FILE b.txt"), entries(List.of(dir.resolve("in"), other), LinkPolicy.FOLLOW)
                .stream().map(InputWalkerTest::line).toList());
    }

    @Test
    void aNameThatIsNotUtf8IsWalkedAndNamedLosslessly() throws IOException, InterruptedException {
        touch("ก.txt");
        Path in = dir.resolve("in");
        // Java cannot spell such a name, so a shell makes it: bytes FF FE, and a Thai letter cut short.
        Process p = new ProcessBuilder("sh", "-c", "printf x > \"$(printf 'old-\\377\\376.txt')\";"
                + " mkdir \"$(printf 'dir-\\340\\270')\"; printf y > \"$(printf 'dir-\\340\\270/in.txt')\"")
                .directory(in.toFile()).inheritIO().start();
        assumeTrue(p.waitFor() == 0, "this file system refuses names that are not UTF-8");

        List<WalkEntry> all = entries(List.of(in), LinkPolicy.STAY_INSIDE);

        assertEquals(List.of("FILE dir-\\xe0\\xb8/in.txt", "FILE old-\\xff\\xfe.txt", "FILE ก.txt"),
                all.stream().map(InputWalkerTest::line).toList());
        assertEquals("x", Files.readString(all.get(1).path()), "the entry's path opens the file itself");
        assertEquals("y", Files.readString(all.get(0).path()));
        try (ReadablePath readable = ReadablePath.of(all.get(1).path())) {
            assertEquals("x", Files.readString(Path.of(readable.path().toFile().getPath())),
                    "and its readable path survives java.io.File, as PDFBox and POI open it");
        }
    }

    @Test
    void brokenLinksAreUnreadableNotFatal() throws IOException {
        touch("a.txt");
        Files.createSymbolicLink(dir.resolve("in/b.pdf"), dir.resolve("nowhere.pdf"));
        touch("c.txt");
        InputWalker w = new InputWalker(List.of(dir.resolve("in")), List.of(dir.resolve("out")), List.of());
        List<WalkEntry> all = new ArrayList<>();
        w.forEachRemaining(all::add);
        assertEquals(3, all.size());
        assertEquals(WalkEntry.Kind.UNREADABLE, all.get(1).kind());
        assertTrue(all.get(1).reason().startsWith("broken symbolic link to"), all.get(1).reason());
    }

    @Test
    void unreadableFolderIsReportedAndTheWalkGoesOn() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any folder");
        touch("a/x.txt");
        touch("b/y.txt");
        Path locked = dir.resolve("in/a");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assertEquals(List.of("UNREADABLE a", "FILE b/y.txt"), walk(List.of(dir.resolve("in")), dir.resolve("out")));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void theOutputFolderInsideAnInputIsNeverEntered() throws IOException {
        touch("a.txt");
        touch("out/a.txt.json");
        touch("out/manifest.jsonl");
        assertEquals(List.of("FILE a.txt"), walk(List.of(dir.resolve("in")), dir.resolve("in/out")));
        // Also when the output folder is named through a link.
        Files.createSymbolicLink(dir.resolve("out-link"), dir.resolve("in/out"));
        assertEquals(List.of("FILE a.txt"), walk(List.of(dir.resolve("in")), dir.resolve("out-link")));
    }

    @Test
    void ownExportFilesInsideAnInputAreSkipped() throws IOException {
        touch("a.txt");
        touch("records.jsonl");
        InputWalker w = new InputWalker(List.of(dir.resolve("in")), List.of(dir.resolve("out")),
                List.of(dir.resolve("in/./records.jsonl")));
        List<String> seen = new ArrayList<>();
        w.forEachRemaining(e -> seen.add(e.kind() + " " + e.name()));
        assertEquals(List.of("FILE a.txt", "SKIPPED records.jsonl"), seen);
    }

    @Test
    void filesGivenDirectlyGoByTheirFileNameAndAreNeverSkipped() throws IOException {
        Path a = touch("deep/folder/.hidden-report.txt");
        Path b = touch("x/Thumbs.db");
        assertEquals(List.of("FILE .hidden-report.txt", "FILE Thumbs.db", "UNREADABLE missing.txt"),
                walk(List.of(a, b, dir.resolve("missing.txt")), dir.resolve("out")));
    }
}
