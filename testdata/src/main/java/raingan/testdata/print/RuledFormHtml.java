package raingan.testdata.print;

import static raingan.testdata.print.FormHtmlWriter.esc;

/**
 * One report in the BMA system's own print layout: sections 1.1 and 1.2 as ruled tables of
 * bold labels and their values, section 2 as a ruled table of four columns (entry number;
 * date, status and progress; on plan; on target), the rest as lines. Two label/value pairs
 * share a row where the system pairs them: fiscal year with start, budget received with end.
 * An entry's columns are those of the system's tabbed text export, so a long status pushes its
 * progress onto a second row with an empty number cell, as the seed report shows.
 */
final class RuledFormHtml {

    /** A status longer than this pushes an entry's progress onto a row of its own, as in the seed. */
    static final int LONG_STATUS = 150;

    static final String CSS = """
            /* A little under the full width: Chromium clips a border drawn on the page's right edge. */
            table.grid { width: 99.5%; border-collapse: collapse; margin: 2pt 0 5pt 0; table-layout: fixed; }
            table.grid td { border: 0.8pt solid #000; padding: 2pt 5pt; vertical-align: top; }
            table.grid td.l { font-weight: bold; }
            table.grid tr, tr.ruled { break-inside: avoid; page-break-inside: avoid; }
            /* The entries' tables follow each other as one: the rule between two is drawn once. */
            table.grid.entries { margin: 0; }
            tr.ruled + tr.ruled table.grid.entries td { border-top: none; }
            """;

    private RuledFormHtml() {
    }

    static void header(SheetRows rows, Printout p) {
        boolean seed = p.seedLabels();
        rows.div("h2", FormText.SECTION_1_1);
        StringBuilder t = new StringBuilder(grid("", 25, 25, 22, 28));
        t.append(wide(FormText.NAME, p.name()));
        t.append(wide(FormText.code(seed), p.code()));
        t.append(pair(FormText.FISCAL_YEAR, p.fiscalYear(), FormText.START, p.startDate()));
        t.append(pair(FormText.RECEIVED, p.budgetReceived() + " " + FormText.BAHT, FormText.END, p.endDate()));
        t.append(wide(FormText.SPENT, p.budgetSpent() + " " + FormText.BAHT));
        rows.raw(t.append("</table>").toString());
        rows.div("h2", FormText.SECTION_1_2);
        StringBuilder a = new StringBuilder(grid("", 31, 69));
        a.append(row(FormText.agency(seed), p.agency()));
        a.append(row(FormText.responsible(seed), p.responsible()));
        a.append(row(FormText.COORDINATOR, p.coordinator()));
        rows.raw(a.append("</table>").toString());
    }

    static void entries(SheetRows rows, Printout p) {
        for (PrintedEntry e : p.entries()) {
            StringBuilder t = new StringBuilder(grid(" entries", 19, 49, 16, 16));
            String number = e.number() == null ? "" : FormText.ENTRY + (e.empty() ? " " : "") + e.number();
            if (e.empty()) {
                t.append(entryRow(number, "", "", ""));
            } else if (e.progress() == null) {
                t.append(entryRow(number, FormText.statusLine(e), "", ""));
            } else if (e.status().length() > LONG_STATUS) {
                t.append(entryRow(number, FormText.statusLine(e), "", ""));
                t.append(entryRow("", FormText.progressLine(e), ": " + e.plan(), ": " + e.target()));
            } else {
                t.append(entryRow(number, FormText.statusLine(e) + " " + FormText.progressLine(e), ": " + e.plan(),
                        ": " + e.target()));
            }
            // One table per entry, so that an entry never breaks across pages and its rules stay whole.
            rows.unbroken("ruled", t.append("</table>").toString());
        }
    }

    /** One entry's row as a table of its own, as {@link #entries} writes each. */
    static String entryTable(String number, String main, String plan, String target) {
        return grid(" entries", 19, 49, 16, 16) + entryRow(number, main, plan, target) + "</table>";
    }

    static String grid(String css, int... widths) {
        StringBuilder sb = new StringBuilder("<table class=\"grid" + css + "\"><colgroup>");
        for (int w : widths) {
            sb.append("<col style=\"width: ").append(w).append("%\">");
        }
        return sb.append("</colgroup>").toString();
    }

    private static String label(String label) {
        return "<td class=\"l\">" + esc(label) + " :</td>";
    }

    private static String row(String label, String value) {
        return "<tr>" + label(label) + "<td>" + esc(value) + "</td></tr>";
    }

    static String wide(String label, String value) {
        return "<tr>" + label(label) + "<td colspan=\"3\">" + esc(value) + "</td></tr>";
    }

    static String pair(String label, String value, String label2, String value2) {
        return "<tr>" + label(label) + "<td>" + esc(value) + "</td>" + label(label2) + "<td>" + esc(value2)
                + "</td></tr>";
    }

    private static String entryRow(String number, String main, String plan, String target) {
        return "<tr><td>" + esc(number) + "</td><td>" + esc(main) + "</td><td>" + esc(plan) + "</td><td>"
                + esc(target) + "</td></tr>";
    }
}
