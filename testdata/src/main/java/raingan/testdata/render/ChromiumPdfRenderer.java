package raingan.testdata.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import raingan.testdata.print.FormHtmlWriter;
import raingan.testdata.print.Printout;

/**
 * Prints reports to PDFs with a text layer through headless Chromium, which shapes Thai
 * correctly. Many reports go through one Chromium run (one HTML document, a page break before
 * each report) and the result is split per report, because starting Chromium costs more than
 * printing a report.
 */
public final class ChromiumPdfRenderer {

    private static final Duration BASE_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration PER_REPORT = Duration.ofSeconds(3);

    private final ExternalTool chromium;
    private final FormHtmlWriter html = new FormHtmlWriter();
    private final PdfSplitter splitter = new PdfSplitter();

    public ChromiumPdfRenderer() {
        this(ExternalTool.chromium());
    }

    ChromiumPdfRenderer(ExternalTool chromium) {
        this.chromium = chromium;
    }

    /**
     * Writes {@code outDir/<id>.pdf} for every report.
     *
     * @return the PDFs in the order of {@code reports}
     * @throws ToolMissingException if chromium is not installed
     * @throws RenderException      if chromium fails or times out, or its PDF cannot be split
     */
    public List<Path> render(List<Printout> reports, Path outDir) throws RenderException {
        if (reports.isEmpty()) {
            return List.of();
        }
        try (Scratch scratch = new Scratch("raingan-chromium-")) {
            Path combined = scratch.resolve("reports.pdf");
            Files.createDirectories(outDir);
            print(html.document(reports), combined, BASE_TIMEOUT.plus(PER_REPORT.multipliedBy(reports.size())));
            List<String> ids = new ArrayList<>();
            reports.forEach(p -> ids.add(p.id()));
            return splitter.split(combined, ids, outDir);
        } catch (IOException e) {
            throw new RenderException("cannot print to PDF: " + e.getMessage(), e);
        }
    }

    /**
     * Prints one HTML document to {@code pdf}.
     *
     * @throws ToolMissingException if chromium is not installed
     * @throws RenderException      if chromium fails, times out or writes nothing
     */
    public void print(String document, Path pdf, Duration timeout) throws RenderException {
        try (Scratch scratch = new Scratch("raingan-chromium-")) {
            Path input = scratch.resolve("document.html");
            Files.writeString(input, document, StandardCharsets.UTF_8);
            Files.createDirectories(scratch.resolve("profile"));
            List<String> args = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-extensions", "--no-pdf-header-footer",
                    "--user-data-dir=" + scratch.resolve("profile"),
                    "--print-to-pdf=" + pdf.toAbsolutePath(), input.toUri().toString());
            chromium.run(args, scratch.dir(), Map.of("HOME", scratch.dir().toString()), timeout);
            if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new RenderException("chromium wrote no PDF of " + input.getFileName());
            }
        } catch (IOException e) {
            throw new RenderException("cannot print to PDF: " + e.getMessage(), e);
        }
    }
}
