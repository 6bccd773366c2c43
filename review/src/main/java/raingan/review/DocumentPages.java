package raingan.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import raingan.batch.manifest.Status;
import raingan.ingest.source.FileDigest;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

/**
 * Writes one document's page of the report, with its page images, and says what the index lists
 * for it. A document whose images cannot be made still gets its page, which says why.
 * Thread-safe: documents are written in parallel.
 */
final class DocumentPages {

    static final String IMAGES = "pages";

    private final ReviewOptions options;
    private final RecordJson json;
    private final Templates templates;
    private final PageRenderer renderer;
    private final DocumentViewBuilder views;

    DocumentPages(ReviewOptions options, RecordJson json, Templates templates) {
        this.options = options;
        this.json = json;
        this.templates = templates;
        this.renderer = new PageRenderer(options.dpi());
        this.views = new DocumentViewBuilder(json);
    }

    /** The outcome for one document: its index row and how many page images it got. */
    record Written(IndexRow row, boolean hasPage, int images, boolean imagesFailed) {
    }

    Written write(ConvertedDocument doc) throws IOException {
        if (doc.entry().status() != Status.OK || !Files.isRegularFile(doc.record())) {
            return new Written(IndexRows.of(doc, null), false, 0, false);
        }
        ReportRecord record = read(doc.record());
        List<PageImage> images = List.of();
        String note = null;
        boolean failed = false;
        String mediaType = record.source() == null ? null : record.source().mediaType();
        if (!PageRenderer.hasPages(mediaType)) {
            note = "A " + mediaType + " document has no page images: its fields are listed as read.";
        } else if (options.inputDir() == null) {
            note = "No page images: give --input, the folder that was converted, to see the pages.";
        } else {
            Path source = options.inputDir().resolve(doc.entry().path());
            note = unusable(source, doc.entry().sha256());
            if (note == null) {
                try {
                    String name = String.format("%06d", doc.number());
                    images = renderer.render(source, mediaType, options.reportDir().resolve(IMAGES), IMAGES, name);
                } catch (IOException | RuntimeException e) {
                    // PDFBox and ImageIO report some damage as runtime exceptions; the page says so.
                    note = "The page images could not be made: " + e.getMessage();
                    failed = true;
                }
            } else {
                failed = true;
            }
        }
        DocumentView view = views.build(doc, record, images, note);
        Path page = options.reportDir().resolve(doc.pageHref());
        Files.createDirectories(page.getParent());
        Files.writeString(page, templates.document(view), StandardCharsets.UTF_8);
        return new Written(IndexRows.of(doc, record), true, images.size(), failed);
    }

    /** Why the input cannot be shown as the record's source, or null when it can. */
    private static String unusable(Path source, String sha256) throws IOException {
        if (!Files.isRegularFile(source)) {
            return "No page images: " + source + " is not there.";
        }
        if (sha256 != null && !sha256.equals(FileDigest.sha256(source))) {
            return "No page images: " + source + " has changed since it was converted.";
        }
        return null;
    }

    private ReportRecord read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return json.read(in);
        } catch (UncheckedIOException e) {
            throw new IOException(file + ": " + e.getCause().getMessage(), e);
        }
    }
}
