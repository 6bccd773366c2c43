package raingan.testdata.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import raingan.model.FiscalYear;
import raingan.model.Person;
import raingan.testdata.print.EntryLayout;
import raingan.testdata.print.PrintStyle;
import raingan.testdata.print.PrintedItem;

/**
 * One report while it is being generated: the choices made so far, both as values (the truth)
 * and as printed text. Mutable and confined to one {@link ReportGenerator#generate} call.
 */
final class Draft {

    final String id;
    final Pick pick;
    final Set<DefectKind> wanted;
    final List<Planted> planted = new ArrayList<>();

    FiscalYear fiscalYear;
    String fiscalYearText;
    Agency agency;
    Theme theme;
    Slots slots;
    EntryLayout layout;
    PrintStyle printStyle;
    boolean seedLabels;
    DateStyle projectDateStyle;
    DateStyle entryDateStyle;

    String name;
    String code;
    List<String> agencyParts;
    String agencyText;
    Person responsible;
    String responsibleText;
    Person coordinator;
    String coordinatorText;
    List<PrintedItem> rationale;
    List<PrintedItem> objectives;
    List<PrintedItem> targets;
    String issue;
    String subIssue;
    String goal;
    List<String> indicator;

    LocalDate startDate;
    LocalDate endDate;
    BigDecimal budgetReceived = BigDecimal.ZERO;
    BigDecimal budgetSpent = BigDecimal.ZERO;
    boolean satang;

    Storyline storyline;
    List<EntryDraft> entries = new ArrayList<>();

    Draft(String id, long seed) {
        this.id = id;
        this.pick = new Pick(seed);
        this.wanted = EnumSet.noneOf(DefectKind.class);
    }

    boolean wants(DefectKind kind) {
        return wanted.contains(kind);
    }

    void plant(DefectKind kind, EntryDraft entry, String suffix) {
        planted.add(Planted.atEntry(kind, entry, suffix));
    }

    void plant(DefectKind kind, String pointer) {
        planted.add(Planted.at(kind, pointer));
    }

    /** Entries already chosen as the target of a defect, so that defects do not overlap. */
    boolean isTarget(EntryDraft entry) {
        for (Planted p : planted) {
            if (p.entry() == entry) {
                return true;
            }
        }
        return false;
    }
}
