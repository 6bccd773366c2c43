package raingan.testdata.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import raingan.testdata.print.FormHtmlWriter;

/**
 * Splits a PDF of many reports (one Chromium print) into one PDF per report. A report's first
 * page is the page holding its mark link ({@link FormHtmlWriter#MARK_PREFIX}{@code <id>});
 * the marks are removed from the output, so nothing in a report gives its id away.
 */
final class PdfSplitter {

    /**
     * Writes {@code outDir/<id>.pdf} for each id, in the order the ids appear in the PDF.
     *
     * @return the written files, in the order of {@code ids}
     * @throws RenderException if the PDF cannot be read or an id's mark is missing
     */
    List<Path> split(Path combined, List<String> ids, Path outDir) throws RenderException {
        try (PDDocument source = Loader.loadPDF(combined.toFile())) {
            Map<String, Integer> starts = starts(source);
            List<Path> written = new ArrayList<>();
            for (String id : ids) {
                Integer start = starts.get(id);
                if (start == null) {
                    throw new RenderException("the rendered PDF has no first page for " + id);
                }
                int end = source.getNumberOfPages();
                for (int other : starts.values()) {
                    if (other > start && other < end) {
                        end = other;
                    }
                }
                Path out = outDir.resolve(id + ".pdf");
                write(source, start, end, out);
                written.add(out);
            }
            return written;
        } catch (IOException e) {
            throw new RenderException("cannot split " + combined + ": " + e.getMessage(), e);
        }
    }

    /** The index of each report's first page, by id. */
    private static Map<String, Integer> starts(PDDocument doc) throws IOException {
        Map<String, Integer> starts = new LinkedHashMap<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            for (PDAnnotation annotation : doc.getPage(i).getAnnotations()) {
                String id = markedId(annotation);
                if (id != null) {
                    starts.putIfAbsent(id, i);
                }
            }
        }
        return starts;
    }

    private static String markedId(PDAnnotation annotation) {
        if (annotation instanceof PDAnnotationLink link) {
            PDAction action = link.getAction();
            if (action instanceof PDActionURI uri && uri.getURI() != null
                    && uri.getURI().startsWith(FormHtmlWriter.MARK_PREFIX)) {
                return uri.getURI().substring(FormHtmlWriter.MARK_PREFIX.length());
            }
        }
        return null;
    }

    private static void write(PDDocument source, int start, int end, Path out) throws IOException {
        try (PDDocument part = new PDDocument()) {
            for (int i = start; i < end; i++) {
                PDPage page = part.importPage(source.getPage(i));
                List<PDAnnotation> kept = new ArrayList<>();
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (markedId(annotation) == null) {
                        kept.add(annotation);
                    }
                }
                page.setAnnotations(kept);
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(source.getDocumentInformation().getTitle());
            info.setProducer(source.getDocumentInformation().getProducer());
            info.setCreator(source.getDocumentInformation().getCreator());
            part.setDocumentInformation(info);
            part.save(out.toFile());
        }
    }
}
