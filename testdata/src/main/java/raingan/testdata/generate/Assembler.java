package raingan.testdata.generate;

import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.Severity;
import raingan.model.Strategy;
import raingan.testdata.print.PrintedEntry;
import raingan.testdata.print.PrintedItem;
import raingan.testdata.print.Printout;

/**
 * Turns a finished draft into its printout and its truth. Every truth value is read back from
 * the printed text (amounts, list items), so the two cannot disagree.
 */
final class Assembler {

    static final String PLAN = "เป็นไปตามแผน";
    static final String NOT_PLAN = "ไม่เป็นไปตามแผน";
    static final String TARGET = "เป็นไปตามเป้าหมาย";
    static final String NOT_TARGET = "ไม่เป็นไปตามเป้าหมาย";

    Printout printout(Draft d) {
        List<PrintedEntry> entries = new ArrayList<>();
        for (EntryDraft e : d.entries) {
            entries.add(printed(d, e));
        }
        int multi = Math.max(1, Math.min(d.pick.between(1, 3), d.entries.size() - 1));
        return new Printout(d.id, d.seedLabels, d.name, d.code, d.fiscalYearText,
                d.projectDateStyle.format(d.startDate), d.projectDateStyle.format(d.endDate),
                Baht.print(d.budgetReceived, d.satang), Baht.print(d.budgetSpent, d.satang),
                d.agencyText, d.responsibleText, d.coordinatorText,
                d.rationale, d.objectives, d.targets, d.issue, d.subIssue, d.goal, d.indicator,
                entries, d.layout, multi, d.printStyle);
    }

    private static PrintedEntry printed(Draft d, EntryDraft e) {
        String number = e.numberPrinted && e.number != null ? e.number.toString() : null;
        if (e.empty) {
            return new PrintedEntry(number, null, null, null, null, null, null, null);
        }
        if (!e.hasProgress) {
            return new PrintedEntry(number, e.dateText, e.printedStatus, null, null, null, null, null);
        }
        return new PrintedEntry(number, e.dateText, e.printedStatus, e.progress.toPlainString(),
                e.disbursementNo.toString(), Baht.print(e.disbursed, d.satang),
                e.onPlan ? PLAN : NOT_PLAN, e.onTarget ? TARGET : NOT_TARGET);
    }

    /** The record a perfect reader takes from {@code print}, without findings. */
    ReportRecord truth(Draft d, Printout print) {
        Project project = new Project(print.name(), print.code(), d.fiscalYear, d.startDate, d.endDate,
                Baht.read(print.budgetReceived()), Baht.read(print.budgetSpent()), d.agencyParts,
                d.responsible, d.coordinator, texts(print.rationale()), texts(print.objectives()),
                texts(print.targets()),
                new Strategy(print.issue(), print.subIssue(), print.goal(), String.join(" ", print.indicator())));
        List<ReportEntry> reports = new ArrayList<>();
        for (int i = 0; i < d.entries.size(); i++) {
            reports.add(entry(d.entries.get(i), print.entries().get(i)));
        }
        return new ReportRecord(ReportRecord.SCHEMA_VERSION, ReportRecord.FORM_BMA_PROGRESS, null, project,
                reports, List.of());
    }

    private static ReportEntry entry(EntryDraft e, PrintedEntry p) {
        Integer no = p.number() == null ? null : Integer.valueOf(p.number());
        if (p.empty()) {
            return new ReportEntry(no, null, null, null, null, null, null, null, null, null, List.of());
        }
        boolean progress = p.progress() != null;
        return new ReportEntry(no, e.date, p.date(), e.status, e.category,
                progress ? Double.valueOf(p.progress()) : null,
                progress ? Integer.valueOf(p.disbursementNo()) : null,
                progress ? Baht.read(p.disbursed()) : null,
                progress ? PLAN.equals(p.plan()) : null,
                progress ? TARGET.equals(p.target()) : null,
                e.cited);
    }

    private static List<String> texts(List<PrintedItem> items) {
        List<String> out = new ArrayList<>();
        for (PrintedItem item : items) {
            out.add(item.text());
        }
        return out;
    }

    /** The planted defects with their final pointers. */
    List<PlantedDefect> defects(Draft d) {
        List<PlantedDefect> out = new ArrayList<>();
        for (Planted p : d.planted) {
            String at = p.entry() == null ? p.pointer() : "/reports/" + d.entries.indexOf(p.entry()) + p.pointer();
            out.add(new PlantedDefect(p.kind(), at));
        }
        return out;
    }

    /** Findings only the print shows: the reader must report them, the audit rules cannot. */
    List<Finding> readerFindings(Draft d, Printout print, List<PlantedDefect> defects) {
        List<Finding> out = new ArrayList<>();
        for (PlantedDefect p : defects) {
            if (p.kind() == DefectKind.LIST_NUMBERING) {
                List<PrintedItem> items = p.at().endsWith("objectives") ? print.objectives() : print.targets();
                List<String> markers = new ArrayList<>();
                items.forEach(item -> markers.add(item.marker()));
                out.add(new Finding(p.rule(), Severity.INFO, p.at(), "The items at " + p.at()
                        + " are printed numbered " + String.join(" ", markers)
                        + ": a number repeats or is skipped; the items were kept in printed order."));
            } else if (p.kind() == DefectKind.STRAY_MARKUP) {
                out.add(new Finding(p.rule(), Severity.INFO, p.at(), "The status at " + p.at()
                        + " was printed with the markup " + DefectPlanter.MARKUP + ", which was removed."));
            }
        }
        return out;
    }
}
