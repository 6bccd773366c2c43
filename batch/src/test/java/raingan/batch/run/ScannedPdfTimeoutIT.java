package raingan.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.batch.run.OutputFolders.manifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.ingest.ErrorClass;

/**
 * A 2 000-page scanned PDF under {@code --max-pages 3000 --timeout 30s}: within the page limit,
 * so it is OCR'd page by page until the timeout ends it as TIMEOUT near 30 s, and the next file is
 * converted as if nothing had happened. In a child JVM of at most 512 MiB of heap, on one worker.
 */
class ScannedPdfTimeoutIT {

    private static final int TIMEOUT_SECONDS = 30;

    @TempDir
    Path dir;

    @Test
    void aLongScanEndsAsTimeoutNearItsLimitAndTheNextFileConverts() throws Exception {
        OcrAvailable.assume();
        Path in = Files.createDirectories(dir.resolve("in"));
        TestDocuments.scannedPdf(in.resolve("a-สแกน-2000-หน้า.pdf"), 2000);
        assertTrue(Files.size(in.resolve("a-สแกน-2000-หน้า.pdf")) < 2 << 20, "built cheaply: one image, stored once");
        Files.writeString(in.resolve("b-ถัดไป.txt"), new GeneratedReports(30).report(0));
        Path out = dir.resolve("out");
        Path log = dir.resolve("child.log");

        long start = System.nanoTime();
        Process child = new ProcessBuilder(ChildBatch.command("512m", in.toString(), out.toString(),
                dir.resolve("all.jsonl").toString(), "ocr", "threads=1", "max-pages=3000",
                "timeout=" + TIMEOUT_SECONDS)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(child.waitFor(3, TimeUnit.MINUTES), "the batch ends");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        String printed = Files.readString(log);
        assertEquals(2, child.exitValue(), printed);
        Map<String, ManifestEntry> m = manifest(out);
        ManifestEntry scan = m.get("a-สแกน-2000-หน้า.pdf");
        assertEquals(Status.FAILED, scan.status(), scan.message());
        assertEquals(ErrorClass.TIMEOUT, scan.errorClass(), scan.message());
        assertEquals(TIMEOUT_SECONDS * 1000L, scan.millis());
        ManifestEntry next = m.get("b-ถัดไป.txt");
        assertEquals(Status.OK, next.status(), "the next file converts: " + next.message());
        assertEquals("bma.project-progress", next.form());
        // Start-up, the timeout, at most the grace a stuck worker gets (10 s), the next file.
        assertTrue(seconds >= TIMEOUT_SECONDS && seconds < TIMEOUT_SECONDS + 40, "the batch took " + seconds + " s");
        assertTrue(!printed.contains("OutOfMemoryError"), printed);
        System.out.println("scanned PDF: TIMEOUT after " + scan.millis() + " ms, batch " + seconds + " s"
                + (printed.contains("abandoned") ? "; the timed-out worker was abandoned" : "; the worker stopped"));
    }
}
