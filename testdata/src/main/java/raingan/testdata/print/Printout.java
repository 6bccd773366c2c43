package raingan.testdata.print;

import java.util.List;

/**
 * Everything one report prints, as text, from which every layout (plain-text export, A4
 * form) is written; each value here is exactly what a reader finds on the page.
 *
 * @param id              the generated document's id ({@code gen-0001}); never printed
 * @param seedLabels      labels as the system's text export prints them ({@code รหัสโครงการ...})
 *                        rather than plain ({@code รหัสโครงการ})
 * @param budgetReceived  the amount without {@code บาท}
 * @param indicator       section 1.6's indicator, broken into lines
 * @param multiLineCount  for {@link EntryLayout#MIXED}, how many entries come before the page break
 * @param style           the layout and type of the printed form
 */
public record Printout(
        String id,
        boolean seedLabels,
        String name,
        String code,
        String fiscalYear,
        String startDate,
        String endDate,
        String budgetReceived,
        String budgetSpent,
        String agency,
        String responsible,
        String coordinator,
        List<PrintedItem> rationale,
        List<PrintedItem> objectives,
        List<PrintedItem> targets,
        String issue,
        String subIssue,
        String goal,
        List<String> indicator,
        List<PrintedEntry> entries,
        EntryLayout layout,
        int multiLineCount,
        PrintStyle style) {

    public Printout {
        rationale = List.copyOf(rationale);
        objectives = List.copyOf(objectives);
        targets = List.copyOf(targets);
        indicator = List.copyOf(indicator);
        entries = List.copyOf(entries);
    }
}
