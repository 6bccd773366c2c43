package raingan.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.run.GeneratedReports;
import raingan.batch.run.OcrAvailable;
import raingan.batch.run.RunSummary;
import raingan.batch.run.TestDocuments;
import raingan.ingest.ErrorClass;
import raingan.ingest.extract.ExtractionSettings;
import raingan.model.RecordJson;

/**
 * A 2 000-page scan, within the page limit, OCR'd page by page until the timeout gives it up as
 * {@code TIMEOUT}, as the batch does (its ScannedPdfTimeoutIT): one dead letter with the file's
 * digest, and the one worker goes on, with a new converter, to the next file; the job finishes.
 */
class ConversionPipelineTimeoutIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void aScanPastTheTimeoutIsADeadLetterAndTheNextFileConverts() throws Exception {
        OcrAvailable.assume();
        Path in = Files.createDirectories(dir.resolve("in"));
        TestDocuments.scannedPdf(in.resolve("สแกน-2000-หน้า.pdf"), 2000);
        Files.writeString(in.resolve("ถัดไป.txt"), new GeneratedReports(30).report(0));
        String prefix = dir.resolve("out") + "/";

        long start = System.nanoTime();
        RunSummary summary = new ConversionPipeline(in + "/**", prefix, ExtractionSettings.defaults().withMaxPages(3000),
                TIMEOUT).run(JobOptions.parse(List.of("--targetParallelism=1")));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertEquals(1, summary.ok(), summary.line());
        assertEquals(Map.of(ErrorClass.TIMEOUT.name(), 1), summary.failuresByClass(), summary.line());
        List<String> failures = Shards.lines(prefix, ConversionPipeline.FAILURES);
        assertEquals(1, failures.size(), failures.toString());
        ManifestEntry scan = new RecordJson().mapper().readValue(failures.get(0), ManifestEntry.class);
        assertEquals("สแกน-2000-หน้า.pdf", scan.path());
        assertEquals(ErrorClass.TIMEOUT, scan.errorClass());
        assertEquals(TIMEOUT.toMillis(), scan.millis());
        assertNotNull(scan.sha256(), "the digest was taken before the conversion began");
        assertTrue(seconds < TIMEOUT.toSeconds() + 40, "the job took " + seconds + " s");
        System.out.println("scanned PDF: TIMEOUT after " + scan.millis() + " ms, job " + seconds + " s");
    }
}
