package raingan.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.ingest.write.RecordSink;
import raingan.model.ReportRecord;

/** A batch's mirror (the warehouse of convert --db) follows the output folder, and never leads it. */
class MirrorTest {

    private final GeneratedReports reports = new GeneratedReports(2564);
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    @TempDir
    Path dir;

    /** Keeps what it is given, by name; refuses names in {@code refused}. */
    static final class Mirror implements RecordSink {
        final Map<String, ReportRecord> records = new ConcurrentHashMap<>();
        final Set<String> refused = ConcurrentHashMap.newKeySet();

        @Override
        public void put(String name, ReportRecord record) throws IOException {
            if (refused.contains(name)) {
                throw new IOException("not loaded: the warehouse refused it");
            }
            records.put(name, record);
        }

        @Override
        public void remove(String name) {
            records.remove(name);
        }
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in").resolve(name), text);
    }

    private RunSummary run(RecordSink mirror) throws IOException {
        BatchOptions options = BatchOptions.of(List.of(dir.resolve("in")), dir.resolve("out")).withThreads(2)
                .withProgress(ProgressMode.LINES);
        return new BatchRunner(options, mirror, new TestConverters(), err, false).run();
    }

    @Test
    void theMirrorGetsEveryOkRecordAndLosesOneThatFailsLater() throws Exception {
        for (int i = 0; i < 4; i++) {
            write("r" + i + ".txt", reports.report(i));
        }
        write("empty.txt", "");
        Mirror mirror = new Mirror();
        run(mirror);
        assertEquals(Set.of("r0.txt", "r1.txt", "r2.txt", "r3.txt"), mirror.records.keySet());

        write("r1.txt", "");
        run(mirror);
        assertEquals(Set.of("r0.txt", "r2.txt", "r3.txt"), mirror.records.keySet());
    }

    @Test
    void recordsKeptFromARunWithoutTheMirrorReachItOnTheNext() throws Exception {
        for (int i = 0; i < 3; i++) {
            write("r" + i + ".txt", reports.report(i));
        }
        run(null);
        Mirror mirror = new Mirror();
        RunSummary s = run(mirror);

        assertEquals(3, s.reused(), "nothing is converted again");
        assertEquals(Set.of("r0.txt", "r1.txt", "r2.txt"), mirror.records.keySet());
        assertEquals("r1.txt", mirror.records.get("r1.txt").source().file());
    }

    @Test
    void aRecordTheMirrorRefusesIsAWarningAndStaysOkInTheOutputFolder() throws Exception {
        for (int i = 0; i < 3; i++) {
            write("r" + i + ".txt", reports.report(i));
        }
        Mirror mirror = new Mirror();
        mirror.refused.add("r2.txt");
        RunSummary s = run(mirror);

        assertEquals(3, s.ok());
        assertEquals(0, s.exitCode());
        assertTrue(Files.exists(dir.resolve("out/r2.txt.json")));
        assertEquals(Set.of("r0.txt", "r1.txt"), mirror.records.keySet());
        String printed = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("r2.txt: not loaded: the warehouse refused it"), printed);
    }
}
