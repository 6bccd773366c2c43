package raingan.testdata.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import raingan.ingest.audit.Auditor;
import raingan.model.Finding;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;
import raingan.model.StatusCategory;
import raingan.testdata.print.PrintedItem;

class PlantedDefectsTest {

    private static final int SEEDS = 400;

    private static List<GeneratedReport> many(ReportGenerator generator) {
        List<GeneratedReport> reports = new ArrayList<>();
        for (int i = 0; i < SEEDS; i++) {
            reports.add(generator.generate("gen-" + i, ReportGenerator.seedFor(77, i)));
        }
        return reports;
    }

    @Test
    void everyKindOfDefectIsPlantedSomewhere() {
        Set<DefectKind> seen = EnumSet.noneOf(DefectKind.class);
        for (GeneratedReport r : many(new ReportGenerator())) {
            r.defects().forEach(d -> seen.add(d.kind()));
        }
        assertEquals(EnumSet.allOf(DefectKind.class), seen);
    }

    @Test
    void everyPlantedDefectShowsInTheTruthsValues() {
        int checked = 0;
        for (GeneratedReport r : many(new ReportGenerator())) {
            for (PlantedDefect d : r.defects()) {
                assertTrue(visible(r, d), r.id() + ": " + d + " is not in the truth");
                checked++;
            }
        }
        assertTrue(checked > SEEDS, "only " + checked + " defects planted");
    }

    @Test
    void everyPlantedDefectHasItsFindingInTheTruth() {
        for (GeneratedReport r : many(new ReportGenerator())) {
            for (PlantedDefect d : r.defects()) {
                boolean found = r.truth().findings().stream()
                        .anyMatch(f -> f.rule() == d.rule() && f.at().equals(d.at()));
                assertTrue(found, r.id() + ": no finding for " + d + " among " + r.truth().findings());
            }
        }
    }

    @Test
    void readerFindingsComeOnlyWithTheirDefect() {
        for (GeneratedReport r : many(new ReportGenerator())) {
            long listNumbering = r.truth().findings().stream().filter(f -> f.rule() == RuleId.LIST_NUMBERING).count();
            long markup = r.truth().findings().stream()
                    .filter(f -> f.rule() == RuleId.TEXT_SUSPECT_CHARACTERS && f.severity() == Severity.INFO).count();
            assertEquals(planted(r, DefectKind.LIST_NUMBERING) ? 1 : 0, listNumbering, r.id());
            assertEquals(planted(r, DefectKind.STRAY_MARKUP) ? 1 : 0, markup, r.id());
        }
    }

    @Test
    void theTruthHoldsTheReadersFindingsThenTheAuditors() {
        Finding stub = new Finding(RuleId.OCR_LOW_CONFIDENCE, Severity.WARNING, "/project", "A finding of the stub rule.");
        ReportGenerator generator = new ReportGenerator(new Auditor(List.of(record -> List.of(stub))));
        for (GeneratedReport r : many(generator)) {
            List<Finding> findings = r.truth().findings();
            assertEquals(stub, findings.get(findings.size() - 1), r.id());
            long reader = r.defects().stream().filter(d -> d.kind().byReader()).count();
            assertEquals(reader + 1, findings.size(), r.id());
        }
    }

    private static boolean planted(GeneratedReport r, DefectKind kind) {
        return r.defects().stream().anyMatch(d -> d.kind() == kind);
    }

    /** The defect read off the truth (and, for print-only defects, the printout), independently of the generator. */
    private static boolean visible(GeneratedReport r, PlantedDefect d) {
        ReportRecord t = r.truth();
        Project p = t.project();
        int i = entryIndex(d.at());
        ReportEntry e = i < 0 ? null : t.reports().get(i);
        return switch (d.kind()) {
            case CANCELLED_ON_PLAN -> e.statusCategory() == StatusCategory.CANCELLED && (e.onPlan() || e.onTarget());
            case SUSPENDED_ON_PLAN -> e.statusCategory() == StatusCategory.SUSPENDED && (e.onPlan() || e.onTarget());
            case COMPLETED_UNDER_100 -> e.statusCategory() == StatusCategory.COMPLETED && e.progressPercent() < 100;
            case PROGRESS_DECREASE -> e.progressPercent() < previousProgress(t, i);
            case PROGRESS_OUT_OF_RANGE -> e.progressPercent() > 100 || e.progressPercent() < 0;
            case DATE_BACKWARDS -> e.date().isBefore(previousDate(t, i));
            case DATE_BEFORE_PROJECT -> e.date().isBefore(p.startDate());
            case IMPOSSIBLE_DATE -> d.at().endsWith("/date") && e.date() == null && e.dateText() != null
                    && impossible(e.dateText());
            case ENTRY_WITHOUT_NUMBER -> e.no() == null && e.status() != null;
            case NUMBER_SKIPPED -> e.no() != null && t.reports().get(i - 1).no() != null
                    && e.no() > t.reports().get(i - 1).no() + 1;
            case NUMBER_REPEATED -> e.no() != null && e.no().equals(t.reports().get(i - 1).no());
            case EMPTY_ENTRY -> e.no() != null && e.isEmpty();
            case MISSING_PROGRESS -> e.date() != null && e.status() != null && e.progressPercent() == null;
            case OVERSPENT -> p.budgetSpent().compareTo(p.budgetReceived()) > 0
                    || disbursed(t).compareTo(p.budgetReceived()) > 0;
            case DISBURSEMENT_MISMATCH -> disbursed(t).subtract(p.budgetSpent()).abs().compareTo(BigDecimal.ONE) > 0;
            case END_BEFORE_START -> p.endDate().isBefore(p.startDate());
            case START_OUTSIDE_FISCAL_YEAR -> !p.fiscalYear().contains(p.startDate());
            case SUSPECT_CHARACTER -> p.strategy().issue().contains(" ? ");
            case LIST_NUMBERING -> !inSequence(d.at().endsWith("objectives")
                    ? r.printout().objectives() : r.printout().targets());
            case STRAY_MARKUP -> r.printout().entries().get(i).status().contains("<input")
                    && !e.status().contains("<");
        };
    }

    private static int entryIndex(String at) {
        if (!at.startsWith("/reports/")) {
            return -1;
        }
        String rest = at.substring("/reports/".length());
        return Integer.parseInt(rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest);
    }

    private static double previousProgress(ReportRecord t, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (t.reports().get(j).progressPercent() != null) {
                return t.reports().get(j).progressPercent();
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    private static LocalDate previousDate(ReportRecord t, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (t.reports().get(j).date() != null) {
                return t.reports().get(j).date();
            }
        }
        return LocalDate.MIN;
    }

    /** A day/month pair no calendar has, in whatever digits and month names the date was printed. */
    private static boolean impossible(String text) {
        String digits = raingan.ingest.normalise.ThaiDigits.toArabic(text);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{1,2})[/ ](\\S+)[/ ](\\d{2,4})$").matcher(digits);
        if (!m.matches()) {
            return false;
        }
        int day = Integer.parseInt(m.group(1));
        int month = month(m.group(2));
        int year = Integer.parseInt(m.group(3));
        int ce = (year < 100 ? 2500 + year : year) - 543;
        return month > 0 && day > java.time.YearMonth.of(ce, month).lengthOfMonth();
    }

    private static int month(String text) {
        if (text.matches("\\d{1,2}")) {
            return Integer.parseInt(text);
        }
        int i = DateStyle.MONTHS.indexOf(text);
        return i >= 0 ? i + 1 : DateStyle.MONTHS_SHORT.indexOf(text) + 1;
    }

    /** What the entries disbursed, an amount reprinted under the same number counted once. */
    private static BigDecimal disbursed(ReportRecord t) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> seen = new ArrayList<>();
        for (ReportEntry e : t.reports()) {
            if (e.disbursedAmount() == null) {
                continue;
            }
            String key = e.disbursementNo() + "=" + e.disbursedAmount().stripTrailingZeros().toPlainString();
            if (!seen.contains(key)) {
                seen.add(key);
                sum = sum.add(e.disbursedAmount());
            }
        }
        return sum;
    }

    private static boolean inSequence(List<PrintedItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).marker().equals((i + 1) + ".")) {
                return false;
            }
        }
        return true;
    }
}
