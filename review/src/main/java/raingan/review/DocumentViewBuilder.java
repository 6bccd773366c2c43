package raingan.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import raingan.model.FieldSource;
import raingan.model.Finding;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;
import raingan.model.Severity;
import raingan.model.Source;

/**
 * Puts a record, its page images and its provenance together into what its page shows: boxes
 * placed on the pages, each field row linked to the box it was read from and each finding to
 * the field it is about.
 */
final class DocumentViewBuilder {

    private static final String ENTRY = "^/reports/\\d+$";

    private final RecordJson json;
    private final FieldList fields;

    DocumentViewBuilder(RecordJson json) {
        this.json = json;
        this.fields = new FieldList(json);
    }

    /**
     * @param pages     the document's page images, relative to its page; empty when there are none
     * @param pagesNote why there are none, or null
     */
    DocumentView build(ConvertedDocument doc, ReportRecord record, List<PageImage> pages, String pagesNote) {
        List<FieldGroup> groups = fields.groups(record);
        List<String> anchorsInOrder = anchors(groups, pages);
        Set<String> anchors = new LinkedHashSet<>(anchorsInOrder);
        Map<String, Severity> gravest = gravest(record.findings(), anchors, anchorsInOrder);

        Map<String, FieldSource> provenance = record.provenance() == null ? Map.of() : record.provenance();
        Map<String, String> placed = new HashMap<>();
        List<PageView> pageViews = new ArrayList<>();
        for (PageImage page : pages) {
            List<BoxView> boxes = new ArrayList<>();
            for (Map.Entry<String, FieldSource> p : provenance.entrySet()) {
                String style = p.getValue().page() == page.number() ? page.frame().place(p.getValue()) : null;
                if (style == null) {
                    continue;
                }
                String pointer = p.getKey();
                placed.put(pointer, style);
                String target = Pointers.anchor(pointer, anchors, anchorsInOrder);
                boxes.add(new BoxView(pointer, target, style, label(groups, target),
                        pointer.matches(ENTRY) ? "entry" : "field", name(gravest.get(target))));
            }
            boxes.sort(Comparator.comparing((BoxView b) -> b.kind().equals("entry") ? 0 : 1));
            pageViews.add(new PageView(pagePointer(page), page.number(), page.href(), boxes));
        }

        List<FieldGroup> linked = new ArrayList<>();
        for (FieldGroup g : groups) {
            List<FieldRow> rows = new ArrayList<>();
            for (FieldRow r : g.rows()) {
                rows.add(r.withBox(Pointers.selfOrAncestor(r.pointer(), placed.keySet()))
                        .withSeverity(name(gravest.get(r.pointer()))));
            }
            linked.add(new FieldGroup(g.pointer(), g.title(), rows));
        }
        List<FindingView> findings = new ArrayList<>();
        for (Finding f : record.findings()) {
            findings.add(new FindingView(f.rule() == null ? "?" : f.rule().id(), name(f.severity()), f.at(),
                    f.message(), f.at() == null ? null : Pointers.anchor(f.at(), anchors, anchorsInOrder)));
        }
        String note = pagesNote;
        if (note == null && !pages.isEmpty() && placed.isEmpty()) {
            note = "This record has no provenance: the fields are shown beside the page, not on it.";
        }
        Map<String, Object> chart = ProgressSeries.of(record);
        return new DocumentView(title(doc, record), doc.entry().path(),
                record.project() == null ? null : record.project().code(), facts(record.source()), pageViews,
                note, linked, findings, chart == null ? null : json.line(chart));
    }

    /** Every id a link may go to, in page order: the pages shown, then the groups each followed by its rows. */
    private static List<String> anchors(List<FieldGroup> groups, List<PageImage> pages) {
        List<String> out = new ArrayList<>();
        for (PageImage page : pages) {
            out.add(pagePointer(page));
        }
        for (FieldGroup g : groups) {
            out.add(g.pointer());
            g.rows().forEach(r -> out.add(r.pointer()));
        }
        return out;
    }

    /** The page as findings point at it: {@code /source/pages/<0-based index>}. */
    private static String pagePointer(PageImage page) {
        return "/source/pages/" + (page.number() - 1);
    }

    private static Map<String, Severity> gravest(List<Finding> findings, Set<String> anchors, List<String> inOrder) {
        Map<String, Severity> out = new HashMap<>();
        for (Finding f : findings) {
            String at = f.at() == null ? null : Pointers.anchor(f.at(), anchors, inOrder);
            if (at != null && f.severity() != null) {
                out.merge(at, f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return out;
    }

    private static String label(List<FieldGroup> groups, String pointer) {
        for (FieldGroup g : groups) {
            if (g.pointer().equals(pointer)) {
                return g.title();
            }
            for (FieldRow r : g.rows()) {
                if (r.pointer().equals(pointer)) {
                    return g.title() + ": " + r.label();
                }
            }
        }
        return pointer;
    }

    private static String name(Severity s) {
        return s == null ? null : s.json();
    }

    private static String title(ConvertedDocument doc, ReportRecord record) {
        String name = record.project() == null ? null : record.project().name();
        return name == null || name.isBlank() ? doc.entry().path() : name;
    }

    private static String facts(Source s) {
        if (s == null) {
            return null;
        }
        String facts = s.mediaType() + ", " + s.pageCount() + (s.pageCount() == 1 ? " page" : " pages")
                + ", read by " + (s.method() == null ? "?" : s.method().json());
        return s.ocrConfidence() == null ? facts
                : facts + String.format(Locale.ROOT, ", OCR confidence %.2f", s.ocrConfidence());
    }
}
