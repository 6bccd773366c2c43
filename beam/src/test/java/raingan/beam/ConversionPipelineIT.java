package raingan.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import raingan.batch.manifest.Manifest;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.batch.run.BatchOptions;
import raingan.batch.run.BatchRunner;
import raingan.batch.run.GeneratedReports;
import raingan.batch.run.ProgressMode;
import raingan.batch.run.RunSummary;
import raingan.batch.run.TestArchive;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.OcrPolicy;
import raingan.model.RecordJson;

/**
 * The batch test's archive, bad inputs and all, converted by the batch (what {@code raingan convert}
 * runs) and by the Beam pipeline on the DirectRunner with two workers: the pipeline's records and
 * findings are the batch's byte for byte once sorted, its dead letters are the batch's manifest
 * lines for every input that gave no record, one each, and the job succeeds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversionPipelineIT {

    // No OCR: the text layers are good, and this test is about the pipeline, not Tesseract's speed.
    private static final ExtractionSettings READING = ExtractionSettings.defaults().withOcr(OcrPolicy.NEVER);

    private final RecordJson json = new RecordJson();
    @TempDir
    static Path dir;
    private TestArchive archive;
    private Path cli;
    private RunSummary cliSummary;

    @BeforeAll
    void convertWithTheBatch() throws IOException {
        archive = TestArchive.write(dir.resolve("archive"), new GeneratedReports(2025), 60, 3);
        cli = dir.resolve("cli");
        cliSummary = new BatchRunner(BatchOptions.of(List.of(archive.root()), cli).withThreads(2)
                .withExtraction(READING).withProgress(ProgressMode.QUIET).withJsonl(dir.resolve("cli.jsonl"))).run();
    }

    @Test
    void theDirectRunnerWritesWhatTheBatchWrites() throws IOException {
        // The DirectRunner's element checks on, to catch a DoFn that changes what it is given.
        PipelineOptions options = JobOptions.parse(List.of("--runner=DirectRunner", "--targetParallelism=2",
                "--enforceImmutability=true", "--enforceEncodability=true"));
        String prefix = dir.resolve("beam") + "/";
        long start = System.nanoTime();
        RunSummary beam = new ConversionPipeline(archive.root() + "/**", prefix, READING,
                BatchOptions.DEFAULT_TIMEOUT).run(options);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("DirectRunner, 2 workers: %d inputs in %d ms; batch: %s%n", beam.files(), millis,
                cliSummary.line());

        assertEquals(sorted(Files.readAllLines(dir.resolve("cli.jsonl"))),
                Shards.lines(prefix, ConversionPipeline.RECORDS),
                "the same records, byte for byte");
        assertEquals(sorted(Files.readAllLines(cli.resolve("findings.jsonl"))),
                Shards.lines(prefix, ConversionPipeline.FINDINGS), "the same findings, byte for byte");

        List<ManifestEntry> expected = new ArrayList<>();
        for (String line : Files.readAllLines(cli.resolve(Manifest.FILE_NAME))) {
            ManifestEntry e = json.mapper().readValue(line, ManifestEntry.class);
            if (e.status() != Status.OK) {
                expected.add(e.withMillis(0));
            }
        }
        List<ManifestEntry> failures = new ArrayList<>();
        for (String line : Shards.lines(prefix, ConversionPipeline.FAILURES)) {
            failures.add(json.mapper().readValue(line, ManifestEntry.class).withMillis(0));
        }
        failures.sort(Comparator.comparing(ManifestEntry::path));
        expected.sort(Comparator.comparing(ManifestEntry::path));
        assertEquals(expected, failures, "one dead letter per input without a record, as the manifest has it");

        for (String bad : archive.neverOk()) {
            assertEquals(1, failures.stream().filter(e -> e.path().equals(bad)).count(), bad);
        }
        archive.fixed().forEach((path, status) -> {
            if (status != Status.OK) {
                assertEquals(1, failures.stream().filter(e -> e.path().equals(path)).count(), path);
            }
        });
        assertEquals(cliSummary.files(), beam.files());
        assertEquals(cliSummary.ok(), beam.ok());
        assertEquals(cliSummary.failuresByClass(), beam.failuresByClass());
        assertEquals(cliSummary.pages(), beam.pages());
        assertNotEquals(0, beam.failed());
        assertTrue(beam.ok() >= 60, beam.line());
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }
}
