package raingan.testdata.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import raingan.ingest.audit.Auditor;
import raingan.model.FiscalYear;
import raingan.model.Finding;
import raingan.model.ReportRecord;
import raingan.testdata.print.EntryLayout;
import raingan.testdata.print.PrintLayout;
import raingan.testdata.print.PrintStyle;
import raingan.testdata.print.Printout;

/**
 * Generates realistic BMA project progress reports (แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ)
 * with their ground truth. The same id and seed always give the same report; instances hold
 * no state besides the auditor and may be shared between threads if the auditor may.
 *
 * <p>The truth's findings are those of the auditor over the truth, after the findings only a
 * reader of the print can know ({@code list.numbering}, markup removed from a status).
 */
public final class ReportGenerator {

    private static final Set<DefectKind> NUMBERING = EnumSet.of(DefectKind.ENTRY_WITHOUT_NUMBER,
            DefectKind.NUMBER_SKIPPED, DefectKind.NUMBER_REPEATED);
    private static final Set<DefectKind> PROJECT_LEVEL = EnumSet.of(DefectKind.OVERSPENT,
            DefectKind.DISBURSEMENT_MISMATCH, DefectKind.END_BEFORE_START, DefectKind.START_OUTSIDE_FISCAL_YEAR,
            DefectKind.SUSPECT_CHARACTER, DefectKind.LIST_NUMBERING);
    private static final int MAX_ENTRIES = 12;

    private final Auditor auditor;

    /** A generator whose truth carries the standard audit's findings. */
    public ReportGenerator() {
        this(Auditor.standard());
    }

    public ReportGenerator(Auditor auditor) {
        this.auditor = auditor;
    }

    /** The seed of the {@code index}-th report of a corpus generated with {@code corpusSeed}. */
    public static long seedFor(long corpusSeed, int index) {
        long z = corpusSeed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The report with {@code seed}, printed as the system prints it. */
    public GeneratedReport generate(String id, long seed) {
        return generate(id, seed, null, PrintLayout.RULED);
    }

    /**
     * @param layout      the plain-text export's entry layout, or null to let the seed choose
     * @param printLayout the printed form's layout; its font and size come from the seed
     */
    public GeneratedReport generate(String id, long seed, EntryLayout layout, PrintLayout printLayout) {
        Draft d = new Draft(id, seed);
        d.printStyle = PrintStyle.of(printLayout, seed);
        Pick pick = d.pick;
        d.wanted.addAll(chooseDefects(pick));
        int be = pick.between(2560, 2568);
        d.fiscalYear = FiscalYear.ofBuddhistYear(be);
        d.fiscalYearText = pick.chance(0.1) ? ThaiNumerals.of(be) : Integer.toString(be);
        d.layout = layout != null ? layout : pick.oneOf(EntryLayout.values());
        d.seedLabels = pick.chance(0.6);
        d.projectDateStyle = pick.chance(0.35) ? DateStyle.ISO_DATETIME : pick.oneOf(DateStyle.values());
        d.entryDateStyle = pick.one(DateStyle.ENTRY_STYLES);

        ProjectWriter project = new ProjectWriter();
        project.write(d);
        project.dates(d);
        d.storyline = storyline(pick, d.wanted);
        int entryDefects = 0;
        for (DefectKind k : d.wanted) {
            entryDefects += PROJECT_LEVEL.contains(k) ? 0 : 1;
        }
        // Room for the entries a defect inserts (an empty one, an unnumbered reprint).
        int max = MAX_ENTRIES - (d.wants(DefectKind.EMPTY_ENTRY) ? 1 : 0)
                - (d.wants(DefectKind.ENTRY_WITHOUT_NUMBER) ? 1 : 0);
        int min = Math.max(d.storyline.minEntries(), Math.min(max, 2 + entryDefects));
        new TimelineWriter().write(d, pick.between(min, max));

        DefectPlanter planter = new DefectPlanter();
        planter.plantValues(d);
        new StatusWriter().write(d);
        planter.plantStructure(d);
        new BudgetWriter().write(d);
        planter.plantPrint(d);

        Assembler assembler = new Assembler();
        Printout print = assembler.printout(d);
        ReportRecord bare = assembler.truth(d, print);
        List<PlantedDefect> defects = assembler.defects(d);
        List<Finding> findings = new ArrayList<>(assembler.readerFindings(d, print, defects));
        findings.addAll(auditor.audit(bare));
        return new GeneratedReport(id, seed, bare.withFindings(findings), print, defects);
    }

    /** None for about one report in five, else one to four defects that can live together. */
    private static Set<DefectKind> chooseDefects(Pick pick) {
        Set<DefectKind> chosen = EnumSet.noneOf(DefectKind.class);
        if (pick.chance(0.2)) {
            return chosen;
        }
        double roll = pick.fraction(0, 1);
        int count = roll < 0.45 ? 1 : roll < 0.8 ? 2 : roll < 0.95 ? 3 : 4;
        DefectKind[] all = DefectKind.values();
        for (int tries = 0; chosen.size() < count && tries < 50; tries++) {
            DefectKind k = all[pick.between(0, all.length - 1)];
            if (compatible(chosen, k)) {
                chosen.add(k);
            }
        }
        return chosen;
    }

    private static boolean compatible(Set<DefectKind> chosen, DefectKind k) {
        if (NUMBERING.contains(k) && chosen.stream().anyMatch(NUMBERING::contains)) {
            return false;
        }
        if (exclusive(chosen, k, DefectKind.CANCELLED_ON_PLAN, DefectKind.COMPLETED_UNDER_100)) {
            return false;
        }
        return !exclusive(chosen, k, DefectKind.START_OUTSIDE_FISCAL_YEAR, DefectKind.DATE_BEFORE_PROJECT);
    }

    private static boolean exclusive(Set<DefectKind> chosen, DefectKind k, DefectKind a, DefectKind b) {
        return k == a && chosen.contains(b) || k == b && chosen.contains(a);
    }

    private static Storyline storyline(Pick pick, Set<DefectKind> defects) {
        boolean cancelled = defects.contains(DefectKind.CANCELLED_ON_PLAN);
        boolean completed = defects.contains(DefectKind.COMPLETED_UNDER_100);
        boolean suspended = defects.contains(DefectKind.SUSPENDED_ON_PLAN);
        boolean working = defects.contains(DefectKind.PROGRESS_DECREASE)
                || defects.contains(DefectKind.PROGRESS_OUT_OF_RANGE);
        if (cancelled) {
            return suspended || working || pick.chance(0.7) ? Storyline.SUSPENDED_THEN_CANCELLED
                    : Storyline.NEVER_STARTED;
        }
        if (completed) {
            return suspended ? Storyline.SUSPENDED_THEN_RESUMED : Storyline.COMPLETED;
        }
        if (suspended) {
            return pick.oneOf(Storyline.SUSPENDED_THEN_CANCELLED, Storyline.SUSPENDED_THEN_RESUMED);
        }
        double roll = pick.fraction(0, 1);
        if (roll < 0.32) {
            return Storyline.COMPLETED;
        } else if (roll < 0.64) {
            return Storyline.ONGOING;
        } else if (roll < 0.8) {
            return Storyline.SUSPENDED_THEN_CANCELLED;
        } else if (roll < 0.92 || working) {
            return Storyline.SUSPENDED_THEN_RESUMED;
        }
        return Storyline.NEVER_STARTED;
    }
}
