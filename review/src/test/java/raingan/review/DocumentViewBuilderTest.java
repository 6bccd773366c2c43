package raingan.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import raingan.batch.manifest.ManifestEntry;
import raingan.model.FieldSource;
import raingan.model.Finding;
import raingan.model.PageMethod;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;
import raingan.testdata.generate.ReportGenerator;

/** How a record's provenance and findings are tied to its page images and its values. */
class DocumentViewBuilderTest {

    private static final PageImage PAGE_1 = new PageImage(1, "pages/000001-1.jpg", PageFrame.pdf(595, 842));

    private final DocumentViewBuilder builder = new DocumentViewBuilder(new RecordJson());

    @Test
    void boxesLinkToTheirValuesAndValuesToTheBoxTheyWereReadIn() {
        DocumentView view = build(record(), List.of(PAGE_1));
        PageView page = view.pages().get(0);
        assertEquals("/source/pages/0", page.pointer());
        BoxView entry = page.boxes().get(0);
        assertEquals("entry", entry.kind(), "a whole entry is drawn first, beneath the fields");
        BoxView code = box(page, "/project/code");
        assertEquals("/project/code", code.target());
        assertEquals("field", code.kind());
        assertEquals("left:10.000%;top:10.000%;width:20.000%;height:1.000%", code.style());
        assertEquals("/project/agency/0", box(page, "/project/agency").target(), "a list's box goes to its first item");

        assertEquals("/project/code", row(view, "/project/code").box());
        assertEquals("/project/agency", row(view, "/project/agency/1").box(), "an item is shown in its list's box");
        assertEquals("/reports/0", row(view, "/reports/0/status").box(), "an entry's value in the entry's box");
        assertNull(row(view, "/project/name").box(), "no provenance, no box");
        assertNull(view.pagesNote());
    }

    @Test
    void findingsLinkToWhatTheyAreAboutAndMarkIt() {
        DocumentView view = build(record(), List.of(PAGE_1));
        FindingView onCode = view.findings().get(0);
        assertEquals("/project/code", onCode.anchor());
        assertEquals("error", row(view, "/project/code").severity());
        assertEquals("error", box(view.pages().get(0), "/project/code").severity());
        assertEquals("/source/pages/0", view.findings().get(1).anchor(), "a page's finding links to the page");
        assertNull(view.findings().get(2).anchor(), "a finding about the whole record links nowhere");
    }

    @Test
    void withoutPageImagesTheFieldsStandAloneAndNothingIsBoxed() {
        DocumentView view = build(record(), List.of());
        assertTrue(view.pages().isEmpty());
        assertNull(row(view, "/project/code").box());
        ReportRecord bare = record().withProvenance(null);
        assertTrue(build(bare, List.of(PAGE_1)).pagesNote().contains("no provenance"));
    }

    private DocumentView build(ReportRecord record, List<PageImage> pages) {
        ManifestEntry entry = ManifestEntry.ok("a/b.pdf", "00", 1, record, 1);
        return builder.build(new ConvertedDocument(1, entry, null), record, pages, null);
    }

    private static ReportRecord record() {
        ReportRecord truth = new ReportGenerator().generate("gen-0001", ReportGenerator.seedFor(3, 1)).truth();
        Map<String, FieldSource> provenance = new LinkedHashMap<>();
        provenance.put("/project/code", points(59.5, 84.2, 119.0, 8.42));
        provenance.put("/project/agency", points(59.5, 120, 300, 30));
        provenance.put("/reports/0", points(40, 400, 500, 80));
        List<Finding> findings = List.of(
                new Finding(RuleId.FIELD_MISSING, Severity.ERROR, "/project/code", "code"),
                new Finding(RuleId.OCR_LOW_CONFIDENCE, Severity.WARNING, "/source/pages/0", "page"),
                new Finding(RuleId.FIELD_MISSING, Severity.WARNING, "", "record"));
        return truth.withFindings(findings).withProvenance(provenance);
    }

    private static FieldSource points(double x, double y, double w, double h) {
        return new FieldSource(1, List.of(x, y, w, h), FieldSource.POINTS, null, PageMethod.TEXT, null);
    }

    private static BoxView box(PageView page, String pointer) {
        return page.boxes().stream().filter(b -> b.pointer().equals(pointer)).findFirst().orElseThrow();
    }

    private static FieldRow row(DocumentView view, String pointer) {
        return view.groups().stream().flatMap(g -> g.rows().stream()).filter(r -> r.pointer().equals(pointer))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + pointer));
    }
}
