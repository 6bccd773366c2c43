package raingan.testdata.render;

import java.nio.file.Path;
import java.time.Duration;
import raingan.testdata.print.ExportFormHtml;
import raingan.testdata.print.FormHtmlWriter;
import raingan.testdata.print.PrintLayout;

/**
 * Prints a report's text export in the form's font (Laksaman, the TH Sarabun clone, 16 pt), so
 * that a real report such as the seed can be converted from a PDF and from a scan as well as
 * from its text: laid out as the system prints the form ({@link ExportFormHtml}), or line for
 * line as the export stands.
 */
public final class TextExportPrinter {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final ChromiumPdfRenderer chromium = new ChromiumPdfRenderer();

    /**
     * Writes {@code text} to {@code pdf} with a text layer.
     *
     * @throws ToolMissingException if chromium is not installed
     * @throws RenderException      if chromium fails
     */
    public void print(String text, Path pdf, PrintLayout layout) throws RenderException {
        chromium.print(layout == PrintLayout.RULED ? new ExportFormHtml().document(text) : html(text), pdf, TIMEOUT);
    }

    static String html(String text) {
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><style>
                @page { size: A4; margin: 15mm 18mm; }
                body { font-family: 'Laksaman'; font-size: 16pt; line-height: 1.3; white-space: pre-wrap; tab-size: 4; }
                </style></head><body>""" + FormHtmlWriter.esc(text) + "</body></html>";
    }
}
