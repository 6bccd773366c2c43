package raingan.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static raingan.batch.run.OutputFolders.files;
import static raingan.batch.run.OutputFolders.manifest;
import static raingan.batch.run.OutputFolders.withoutTimes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.batch.manifest.Manifest;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.OcrPolicy;
import raingan.ingest.write.AtomicFiles;
import raingan.ingest.write.JsonFileSink;
import raingan.model.RecordJson;

/**
 * An output folder whose disk fills up: the run stops at once, naming the disk; what it wrote is
 * whole, records and manifest lines alike; and once there is room again the same command ends
 * exactly as an uninterrupted run. The disk is filled for real where this machine lets a test
 * mount a small tmpfs (as root, outside a container that forbids it). Everywhere, a file-size limit
 * ({@code ulimit -f}) on a child JVM makes the kernel fail the manifest's writes the same way, part
 * of a line written and then an error.
 */
class FullDiskTest {

    private static final int REPORTS = 60;
    /** How long a run of 60 text reports may take to stop, and then to finish. */
    private static final Duration PROMPTLY = Duration.ofSeconds(60);

    private final GeneratedReports reports = new GeneratedReports(2015);
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final List<Path> mounted = new ArrayList<>();
    @TempDir
    Path dir;
    private Path in;

    @BeforeEach
    void archive() throws IOException {
        in = dir.resolve("in");
        for (int i = 0; i < REPORTS; i++) {
            Path p = in.resolve((2561 + i % 3) + "/เขต-" + i + ".txt");
            Files.createDirectories(p.getParent());
            Files.writeString(p, reports.report(i));
        }
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        for (Path p : mounted) {
            new ProcessBuilder("umount", "-l", p.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDiskThatFillsUpStopsTheRunAndARunAfterSpaceIsFreedFinishesIt() throws Exception {
        Path disk = tmpfs(dir.resolve("disk"), 2048);
        // Leave room for a few records only.
        Path filler = Files.write(disk.resolve("filler"), new byte[1984 << 10]);
        Path out = disk.resolve("out");

        long start = System.nanoTime();
        OutputWriteException e = assertThrows(OutputWriteException.class, () -> run(out));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(e.getMessage().startsWith("could not write to " + out + " on the disk " + disk + " (tmpfs), "),
                e.getMessage());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertTrue(millis < PROMPTLY.toMillis(), "stopped after " + millis + " ms");
        Map<String, ManifestEntry> kept = wholeLinesWithTheirRecords(out);
        assertTrue(kept.size() < REPORTS, "stopped part-way: " + kept.size() + " lines");

        Files.delete(filler);
        RunSummary resumed = run(out);

        assertEquals(REPORTS, resumed.ok());
        assertEquals(0, resumed.exitCode());
        assertSameAsAnUninterruptedRun(out);
    }

    @Test
    void aWriteErrorPartWayThroughAManifestLineStopsTheRunWithoutHalfALine() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell to set a file-size limit with");
        Path out = dir.resolve("out");
        // The kernel fails any write that would take a file of the child past 16 KiB (EFBIG) after writing
        // what fits: records stay below it, the manifest of 60 inputs grows past it. dash counts in blocks
        // of 512 bytes, bash of 1 024: 32 is 16 or 32 KiB, below the manifest either way.
        List<String> command = new ArrayList<>(List.of("sh", "-c", "ulimit -f 32 && exec \"$@\"", "sh"));
        command.addAll(ChildBatch.command("128m", in.toString(), out.toString(), dir.resolve("all.jsonl").toString()));
        Path log = dir.resolve("child.log");

        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(child.waitFor(PROMPTLY.toSeconds(), TimeUnit.SECONDS), "the child stops on its own");
        long millis = (System.nanoTime() - start) / 1_000_000;

        String printed = Files.readString(log);
        assertEquals(ChildBatch.STOPPED, child.exitValue(), printed);
        assertTrue(printed.contains("stopped: could not write to " + out + " on the disk "), printed);
        assertTrue(printed.contains("File too large"), printed);
        assertTrue(!printed.contains("OutOfMemoryError"), "within a 128 MiB heap: " + printed);
        assertTrue(millis < PROMPTLY.toMillis(), "stopped after " + millis + " ms");
        Map<String, ManifestEntry> kept = wholeLinesWithTheirRecords(out);
        assertTrue(kept.size() > 10 && kept.size() < REPORTS, "stopped part-way: " + kept.size() + " lines");

        RunSummary resumed = run(out);

        assertEquals(REPORTS, resumed.ok());
        assertSameAsAnUninterruptedRun(out);
    }

    private RunSummary run(Path out) throws IOException {
        BatchOptions options = BatchOptions.of(List.of(in), out).withThreads(2).withProgress(ProgressMode.LINES)
                .withExtraction(ExtractionSettings.defaults().withOcr(OcrPolicy.NEVER));
        return new BatchRunner(options, ConverterFactory.STANDARD, new PrintStream(errBytes, true,
                StandardCharsets.UTF_8), false).run();
    }

    /**
     * The manifest a stopped run left: it ends with a whole line, every line is an entry, every ok
     * line has its record, and no temporary file is left behind.
     */
    private static Map<String, ManifestEntry> wholeLinesWithTheirRecords(Path out) throws IOException {
        byte[] bytes = Files.readAllBytes(out.resolve(Manifest.FILE_NAME));
        assertTrue(bytes.length > 0 && bytes[bytes.length - 1] == '\n', "the manifest ends with a whole line");
        Map<String, ManifestEntry> kept = manifest(out);
        JsonFileSink records = new JsonFileSink(out, new RecordJson());
        for (ManifestEntry e : kept.values()) {
            assertEquals(Status.OK, e.status(), e.path());
            assertTrue(Files.isRegularFile(records.fileOf(e.path())), "the record of " + e.path());
        }
        try (Stream<Path> all = Files.walk(out)) {
            assertEquals(List.of(), all.filter(p -> AtomicFiles.isTemp(p.getFileName().toString())).toList());
        }
        return kept;
    }

    private void assertSameAsAnUninterruptedRun(Path out) throws IOException {
        Path reference = dir.resolve("uninterrupted");
        assertEquals(0, run(reference).exitCode());
        assertEquals(withoutTimes(manifest(reference)), withoutTimes(manifest(out)));
        Map<String, String> expected = files(reference);
        Map<String, String> actual = files(out);
        actual.keySet().removeIf(p -> p.equals(OutputLock.FILE_NAME));
        expected.keySet().removeIf(p -> p.equals(OutputLock.FILE_NAME));
        assertEquals(expected, actual, "the same records and findings, byte for byte");
    }

    /** A tmpfs of {@code kib} KiB mounted at {@code at}, or the test skipped, saying why. */
    private Path tmpfs(Path at, int kib) throws IOException, InterruptedException {
        Files.createDirectories(at);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean ok = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        assumeTrue(ok, "cannot mount a tmpfs here to fill (it takes root, outside a container that forbids"
                + " mounting): " + said + "; the file-size limit test covers the same failure");
        mounted.add(at);
        return at;
    }
}
