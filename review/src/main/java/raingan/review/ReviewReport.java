package raingan.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import raingan.model.RecordJson;

/**
 * Writes the review report of a converted batch: {@code index.html} listing every document, one
 * page per converted document under {@code documents/}, page images under {@code pages/}, and
 * {@code assets/}. Static files only: the folder opens offline in any browser and can be handed on.
 */
public final class ReviewReport {

    private final RecordJson json = new RecordJson();
    private final Templates templates = new Templates();

    /**
     * @throws IOException if the output folder has no manifest, or the report cannot be written
     */
    public ReviewSummary write(ReviewOptions options) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<ConvertedDocument> documents = ConvertedBatch.read(options.outDir(), json);
        Files.createDirectories(options.reportDir());
        ReportAssets.copy(options.reportDir());
        List<DocumentPages.Written> written = writePages(options, documents);

        List<IndexRow> rows = new ArrayList<>(written.size());
        int pages = 0;
        int images = 0;
        int withoutImages = 0;
        for (DocumentPages.Written w : written) {
            rows.add(w.row());
            pages += w.hasPage() ? 1 : 0;
            images += w.images();
            withoutImages += w.imagesFailed() ? 1 : 0;
        }
        writeIndex(options, rows);
        return new ReviewSummary(rows.size(), pages, images, withoutImages, (System.nanoTime() - start) / 1_000_000);
    }

    private List<DocumentPages.Written> writePages(ReviewOptions options, List<ConvertedDocument> documents)
            throws IOException, InterruptedException {
        DocumentPages pages = new DocumentPages(options, json, templates);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<DocumentPages.Written>> futures = new ArrayList<>(documents.size());
            for (ConvertedDocument doc : documents) {
                futures.add(pool.submit(() -> pages.write(doc)));
            }
            List<DocumentPages.Written> written = new ArrayList<>(documents.size());
            for (Future<DocumentPages.Written> f : futures) {
                written.add(f.get());
            }
            return written;
        } catch (ExecutionException e) {
            throw asIoException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static IOException asIoException(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        return new IOException("the report could not be written: " + cause, cause);
    }

    /** The index page, and its table's data as a script: a page opened from disk may not fetch JSON. */
    private void writeIndex(ReviewOptions options, List<IndexRow> rows) throws IOException {
        Path dir = options.reportDir();
        String data = "window.RAINGAN_DOCUMENTS = " + json.line(rows) + ";\n";
        Files.writeString(dir.resolve(ReportAssets.DIR).resolve("documents.js"), data, StandardCharsets.UTF_8);
        Path folder = options.outDir().toAbsolutePath().normalize().getFileName();
        IndexView view = IndexView.of(folder == null ? options.outDir().toString() : folder.toString(), rows);
        Files.writeString(dir.resolve("index.html"), templates.index(view), StandardCharsets.UTF_8);
    }
}
