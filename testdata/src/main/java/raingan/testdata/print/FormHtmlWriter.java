package raingan.testdata.print;

import java.util.List;

/**
 * Writes reports as the printed A4 form in HTML, each in its {@link PrintStyle}: the system's
 * ruled layout ({@link RuledFormHtml}) or the earlier flowing one, in the style's Thai font and
 * size, the title repeated at the top of every page, and progress entries that never break
 * across pages. Each report starts on a new page; its first page carries an invisible link to
 * {@code https://raingan.invalid/doc/<id>} so that a PDF of many reports can be split again
 * ({@link #MARK_PREFIX}).
 */
public final class FormHtmlWriter {

    /** The link target that marks the first page of a report in a rendered PDF. */
    public static final String MARK_PREFIX = "https://raingan.invalid/doc/";

    private static final String CSS = """
            @page { size: A4; margin: 15mm 16mm 16mm 22mm; }
            html { -webkit-print-color-adjust: exact; }
            body { font-family: 'Laksaman', 'TH Sarabun New', 'TH SarabunPSK', serif; font-size: 16pt;
                   line-height: 1.3; margin: 0; color: #000; }
            section.report { break-before: page; }
            section.report:first-child { break-before: auto; }
            table.sheet { width: 100%; border-collapse: collapse; }
            table.sheet > thead td { text-align: center; font-weight: bold; padding: 8pt 0 4pt 0; line-height: 1.8; }
            table.sheet > tbody > tr > td { padding: 0; vertical-align: top; }
            .h1, .h2 { font-weight: bold; padding-top: 4pt; }
            .h2 { padding-left: 6mm; }
            .f { padding-left: 6mm; }
            table.pair { width: 100%; border-collapse: collapse; }
            table.pair td { padding: 0 0 0 6mm; white-space: nowrap; width: 50%; }
            .item { padding-left: 14mm; text-indent: -6mm; }
            .cont { padding-left: 14mm; }
            tr.entry { break-inside: avoid; page-break-inside: avoid; }
            tr.entry td { padding: 3pt 0 3pt 0; }
            .entry div { padding-left: 6mm; }
            .entry div.first { padding-left: 36mm; text-indent: -30mm; }
            .cert { padding-top: 14pt; }
            .sign { padding-top: 10pt; padding-left: 90mm; }
            a.mark { color: inherit; text-decoration: none; }
            """ + RuledFormHtml.CSS;

    /** One HTML document holding every report, each starting on a new page: for Chromium. */
    public String document(List<Printout> reports) {
        StringBuilder html = new StringBuilder(head());
        for (Printout p : reports) {
            html.append(section(p));
        }
        return html.append("</body></html>\n").toString();
    }

    /**
     * One report for LibreOffice to turn into a Word document: paragraphs with inline styles
     * (its HTML import ignores most style sheets), the title as a page header, each entry's
     * lines kept together, and the paired fields in a two-column table.
     */
    public String wordDocument(Printout report) {
        return new WordHtml().write(report);
    }

    /** The style sheet of both layouts. */
    static String css() {
        return CSS;
    }

    private static String head() {
        return "<!DOCTYPE html>\n<html lang=\"th\"><head><meta charset=\"utf-8\">\n<title>" + FormText.TITLE
                + "</title>\n<style>\n" + CSS + "</style></head><body>\n";
    }

    private static String section(Printout p) {
        PrintStyle style = p.style();
        boolean ruled = style.layout() == PrintLayout.RULED;
        SheetRows rows = new SheetRows();
        rows.raw("<div class=\"h1\"><a class=\"mark\" href=\"" + MARK_PREFIX + esc(p.id()) + "\">"
                + esc(FormText.SECTION_1) + "</a></div>");
        if (ruled) {
            RuledFormHtml.header(rows, p);
        } else {
            flowHeader(rows, p);
        }
        rows.div("h2", FormText.SECTION_1_3);
        rows.items(p.rationale());
        rows.div("h2", FormText.SECTION_1_4);
        rows.items(p.objectives());
        rows.div("h2", FormText.targets(p.seedLabels()));
        rows.items(p.targets());
        rows.div("h2", FormText.SECTION_1_6);
        rows.div("f", FormText.ISSUE + " : " + p.issue());
        rows.div("f", FormText.SUB_ISSUE + " : " + p.subIssue());
        rows.div("f", FormText.GOAL + " : " + p.goal());
        rows.lines("f", FormText.indicator(false) + " : ", p.indicator());
        rows.div("h1", FormText.SECTION_2);
        if (ruled) {
            RuledFormHtml.entries(rows, p);
        } else {
            for (PrintedEntry e : p.entries()) {
                rows.unbroken("entry", flowEntry(e));
            }
        }
        rows.div("cert", FormText.CERTIFY);
        rows.raw("<div class=\"sign\">" + esc(FormText.SIGNED) + "<br>" + esc(FormText.POSITION) + "<br>"
                + esc(FormText.DOTS) + "</div>");
        String font = "font-family: '" + style.font() + "', serif; font-size: " + style.pointSize() + "pt;";
        return "<section class=\"report\" style=\"" + font + "\"><table class=\"sheet\">\n<thead><tr><td>** "
                + esc(FormText.TITLE) + " **</td></tr></thead>\n<tbody>\n" + rows + "</tbody></table></section>\n";
    }

    private static void flowHeader(SheetRows rows, Printout p) {
        rows.div("h2", FormText.SECTION_1_1);
        rows.div("f", FormText.NAME + " : " + p.name());
        rows.div("f", FormText.code(false) + " : " + p.code());
        rows.div("f", FormText.FISCAL_YEAR + " : " + p.fiscalYear());
        flowPair(rows, FormText.START + " : " + p.startDate(),
                FormText.RECEIVED + " : " + p.budgetReceived() + " " + FormText.BAHT);
        flowPair(rows, FormText.END + " : " + p.endDate(),
                FormText.SPENT + " : " + p.budgetSpent() + " " + FormText.BAHT);
        rows.div("h2", FormText.SECTION_1_2);
        rows.div("f", FormText.agency(false) + " : " + p.agency());
        rows.div("f", FormText.responsible(false) + " : " + p.responsible());
        rows.div("f", FormText.COORDINATOR + " : " + p.coordinator());
    }

    private static void flowPair(SheetRows rows, String left, String right) {
        rows.raw("<table class=\"pair\"><tr><td>" + esc(left) + "</td><td>" + esc(right) + "</td></tr></table>");
    }

    private static String flowEntry(PrintedEntry e) {
        String label = e.number() == null ? "" : FormText.ENTRY + " " + e.number();
        StringBuilder html = new StringBuilder();
        if (e.empty()) {
            html.append("<div class=\"first\">").append(esc(label)).append("</div>");
        } else {
            String first = (label.isEmpty() ? "" : label + " ") + FormText.statusLine(e);
            html.append("<div class=\"first\">").append(esc(first)).append("</div>");
            if (e.progress() != null) {
                html.append("<div>").append(esc(FormText.progressLine(e))).append("</div>");
                html.append("<div>: ").append(esc(e.plan())).append("</div>");
                html.append("<div>: ").append(esc(e.target())).append("</div>");
            }
        }
        return html.toString();
    }

    /** {@code lead} and the first line, then each further line after a line break, escaped. */
    static String lines(String lead, List<String> lines) {
        StringBuilder html = new StringBuilder(esc(lead + lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            html.append("<br>").append(esc(line));
        }
        return html.toString();
    }

    /** The text with the characters HTML gives a meaning escaped. */
    public static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
