package raingan.testdata.print;

import java.util.List;

/** The HTML of one report as LibreOffice's Writer import understands it, for a DOCX. */
final class WordHtml {

    private static final String FONT = "font-family: 'Laksaman'; font-size: 16pt; margin-top: 0; margin-bottom: 0";
    private static final String KEEP = "; page-break-after: avoid";

    private final StringBuilder sb = new StringBuilder();

    String write(Printout p) {
        boolean seed = p.seedLabels();
        sb.append("<!DOCTYPE html>\n<html lang=\"th\"><head><meta charset=\"utf-8\"><title>")
                .append(FormText.TITLE).append("</title>\n<style>@page { size: 21cm 29.7cm; ")
                .append("margin: 1.5cm 1.6cm 1.6cm 2.2cm }</style></head><body>\n")
                .append("<div title=\"header\"><p align=\"center\" style=\"").append(FONT).append("\"><b>** ")
                .append(FormHtmlWriter.esc(FormText.TITLE)).append(" **</b></p></div>\n");
        heading(0, FormText.SECTION_1);
        heading(6, FormText.SECTION_1_1);
        para(6, 0, FormText.NAME + " : " + p.name(), false);
        para(6, 0, FormText.code(false) + " : " + p.code(), false);
        para(6, 0, FormText.FISCAL_YEAR + " : " + p.fiscalYear(), false);
        pair(FormText.START + " : " + p.startDate(), FormText.RECEIVED + " : " + p.budgetReceived() + " " + FormText.BAHT);
        pair(FormText.END + " : " + p.endDate(), FormText.SPENT + " : " + p.budgetSpent() + " " + FormText.BAHT);
        heading(6, FormText.SECTION_1_2);
        para(6, 0, FormText.agency(false) + " : " + p.agency(), false);
        para(6, 0, FormText.responsible(false) + " : " + p.responsible(), false);
        para(6, 0, FormText.COORDINATOR + " : " + p.coordinator(), false);
        heading(6, FormText.SECTION_1_3);
        items(p.rationale());
        heading(6, FormText.SECTION_1_4);
        items(p.objectives());
        heading(6, FormText.targets(seed));
        items(p.targets());
        heading(6, FormText.SECTION_1_6);
        para(6, 0, FormText.ISSUE + " : " + p.issue(), false);
        para(6, 0, FormText.SUB_ISSUE + " : " + p.subIssue(), false);
        para(6, 0, FormText.GOAL + " : " + p.goal(), false);
        lines(6, 0, FormText.indicator(false) + " : ", p.indicator());
        heading(0, FormText.SECTION_2);
        for (PrintedEntry e : p.entries()) {
            entry(e);
        }
        sb.append("<p style=\"").append(FONT).append("\">&nbsp;</p>\n");
        para(0, 0, FormText.CERTIFY, false);
        para(90, 0, FormText.SIGNED, true);
        para(90, 0, FormText.POSITION, true);
        para(90, 0, FormText.DOTS, false);
        return sb.append("</body></html>\n").toString();
    }

    private void entry(PrintedEntry e) {
        String label = e.number() == null ? "" : FormText.ENTRY + " " + e.number();
        if (e.empty()) {
            para(6, 0, label, false);
            return;
        }
        boolean more = e.progress() != null;
        para(36, -30, (label.isEmpty() ? "" : label + " ") + FormText.statusLine(e), more);
        if (more) {
            para(6, 0, FormText.progressLine(e), true);
            para(6, 0, ": " + e.plan(), true);
            para(6, 0, ": " + e.target(), false);
        }
    }

    private void items(List<PrintedItem> items) {
        for (PrintedItem item : items) {
            lines(14, -6, item.marker() + " ", item.lines());
        }
    }

    private void lines(int indentMm, int firstMm, String lead, List<String> lines) {
        StringBuilder html = new StringBuilder(FormHtmlWriter.esc(lead + lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            html.append("<br>").append(FormHtmlWriter.esc(line));
        }
        open(indentMm, firstMm, false).append(html).append("</p>\n");
    }

    private void heading(int indentMm, String text) {
        open(indentMm, 0, true).append("<b>").append(FormHtmlWriter.esc(text)).append("</b></p>\n");
    }

    private void para(int indentMm, int firstMm, String text, boolean keepWithNext) {
        open(indentMm, firstMm, keepWithNext).append(FormHtmlWriter.esc(text)).append("</p>\n");
    }

    private StringBuilder open(int indentMm, int firstMm, boolean keepWithNext) {
        sb.append("<p style=\"").append(FONT);
        if (indentMm != 0) {
            sb.append("; margin-left: ").append(indentMm).append("mm");
        }
        if (firstMm != 0) {
            sb.append("; text-indent: ").append(firstMm).append("mm");
        }
        return sb.append(keepWithNext ? KEEP : "").append("\">");
    }

    private void pair(String left, String right) {
        sb.append("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td width=\"55%\">");
        para(6, 0, left, false);
        sb.append("</td><td width=\"45%\">");
        para(0, 0, right, false);
        sb.append("</td></tr></table>\n");
    }
}
