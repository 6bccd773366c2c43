package raingan.testdata.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.testdata.generate.GeneratedReport;
import raingan.testdata.generate.ReportGenerator;

class FormHtmlWriterTest {

    private final FormHtmlWriter writer = new FormHtmlWriter();

    private static List<GeneratedReport> reports(int count) {
        ReportGenerator generator = new ReportGenerator();
        List<GeneratedReport> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(generator.generate(String.format("gen-%04d", i + 1), ReportGenerator.seedFor(31337, i)));
        }
        return out;
    }

    /** The text a browser shows: tags dropped, the five entities this writer uses decoded. */
    private static String visible(String html) {
        String body = html.substring(html.indexOf("<body>"));
        return body.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    @Test
    void everyValueOfTheTruthIsOnTheForm() {
        for (GeneratedReport r : reports(80)) {
            String form = PrintedValues.squash(visible(writer.document(List.of(r.printout()))));
            String word = PrintedValues.squash(visible(writer.wordDocument(r.printout())));
            for (String[] value : PrintedValues.of(r.truth())) {
                String v = PrintedValues.squash(value[1]);
                assertTrue(form.contains(v), r.id() + ": " + value[0] + " '" + value[1] + "' is not on the form");
                assertTrue(word.contains(v), r.id() + ": " + value[0] + " '" + value[1] + "' is not in the Word HTML");
            }
        }
    }

    @Test
    void aBatchStartsEachReportOnANewMarkedPage() {
        List<GeneratedReport> batch = reports(5);
        List<Printout> printouts = batch.stream().map(GeneratedReport::printout).toList();
        String html = writer.document(printouts);
        assertEquals(5, html.split("<section class=\"report\" style=", -1).length - 1);
        for (Printout p : printouts) {
            assertTrue(html.contains("font-family: '" + p.style().font() + "', serif; font-size: " + p.style().pointSize()
                    + "pt;"), p.id() + " is not printed in its own font");
        }
        for (GeneratedReport r : batch) {
            assertEquals(1, html.split(FormHtmlWriter.MARK_PREFIX + r.id() + "\"", -1).length - 1, r.id());
        }
        assertTrue(html.contains("section.report { break-before: page; }"));
        assertTrue(html.contains("tr.entry { break-inside: avoid;"));
        assertTrue(html.contains("font-family: 'Laksaman'") && html.contains("font-size: 16pt"));
        assertEquals(5, html.split("<thead><tr><td>\\*\\* แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ \\*\\*</td>",
                -1).length - 1);
    }

    @Test
    void theRuledLayoutPairsFiscalYearWithStartAndReceivedWithEndInRuledRows() {
        Printout p = reports(1).get(0).printout();
        assertEquals(PrintLayout.RULED, p.style().layout());
        String html = writer.document(List.of(p));
        assertTrue(html.contains("<tr><td class=\"l\">ปีงบประมาณ พ.ศ. :</td><td>" + FormHtmlWriter.esc(p.fiscalYear())
                + "</td><td class=\"l\">เริ่มต้นโครงการ :</td><td>" + FormHtmlWriter.esc(p.startDate()) + "</td></tr>"));
        assertTrue(html.contains("<td class=\"l\">งบประมาณที่ได้รับ :</td><td>" + p.budgetReceived()
                + " บาท</td><td class=\"l\">สิ้นสุดโครงการ :</td><td>"));
        assertTrue(html.contains("table.grid td { border: 0.8pt solid #000;"));
        assertEquals(p.entries().size(), html.split("<tr class=\"ruled\">", -1).length - 1, "one ruled table per entry");
    }

    @Test
    void theFlowLayoutSharesALineBetweenPairedFields() {
        GeneratedReport r = new ReportGenerator().generate("gen-0001", ReportGenerator.seedFor(31337, 0), null,
                PrintLayout.FLOW);
        Printout p = r.printout();
        assertEquals(PrintStyle.FLOW, p.style());
        String html = writer.document(List.of(p));
        assertTrue(html.contains("<table class=\"pair\"><tr><td>เริ่มต้นโครงการ : " + FormHtmlWriter.esc(p.startDate())
                + "</td><td>งบประมาณที่ได้รับ : " + p.budgetReceived() + " บาท</td></tr></table>"));
        assertTrue(writer.wordDocument(p).contains("<div title=\"header\">"));
    }

    @Test
    void markupInAStatusIsPrintedAsText() {
        for (GeneratedReport r : reports(400)) {
            boolean marked = r.printout().entries().stream().anyMatch(e -> e.status() != null && e.status().contains("<input"));
            if (marked) {
                String html = writer.document(List.of(r.printout()));
                assertTrue(html.contains("&lt;input type=&quot;checkbox&quot;/&gt;"), r.id());
                assertTrue(visible(html).contains("<input type=\"checkbox\"/>"), r.id());
                return;
            }
        }
        throw new AssertionError("no report with markup in a status among 400");
    }
}
