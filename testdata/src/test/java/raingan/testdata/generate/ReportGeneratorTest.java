package raingan.testdata.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import raingan.ingest.parse.date.BuddhistDateParser;
import raingan.ingest.parse.date.DateReading;
import raingan.model.FiscalYear;
import raingan.model.Project;
import raingan.model.RecordJson;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.StatusCategory;
import raingan.testdata.print.TextExportWriter;

class ReportGeneratorTest {

    private static final int SEEDS = 300;

    private final ReportGenerator generator = new ReportGenerator();
    private final RecordJson json = new RecordJson();

    private List<GeneratedReport> many() {
        List<GeneratedReport> reports = new ArrayList<>();
        for (int i = 0; i < SEEDS; i++) {
            reports.add(generator.generate("gen-" + i, ReportGenerator.seedFor(20240601L, i)));
        }
        return reports;
    }

    @Test
    void theSameSeedGivesTheSameTruthAndTheSameTextBytes() {
        TextExportWriter text = new TextExportWriter();
        for (int i = 0; i < 20; i++) {
            long seed = ReportGenerator.seedFor(99, i);
            GeneratedReport a = new ReportGenerator().generate("gen-0001", seed);
            GeneratedReport b = new ReportGenerator().generate("gen-0001", seed);
            assertEquals(json.pretty(a.truth()), json.pretty(b.truth()));
            assertEquals(a.defects(), b.defects());
            assertTrue(java.util.Arrays.equals(text.write(a.printout()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    text.write(b.printout()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    @Test
    void differentSeedsGiveDifferentReports() {
        Set<String> names = new HashSet<>();
        Set<String> truths = new HashSet<>();
        for (GeneratedReport r : many()) {
            names.add(r.truth().project().name());
            truths.add(json.pretty(r.truth()));
        }
        assertEquals(SEEDS, truths.size());
        assertTrue(names.size() > SEEDS / 3, "only " + names.size() + " different project names");
    }

    @Test
    void reportsVaryAcrossEveryDimensionTheFormHas() {
        Set<Integer> years = new HashSet<>();
        Set<Integer> entryCounts = new HashSet<>();
        Set<StatusCategory> categories = EnumSet.noneOf(StatusCategory.class);
        Set<String> titles = new HashSet<>();
        Set<String> topAgencies = new HashSet<>();
        boolean satang = false;
        boolean extension = false;
        boolean landline = false;
        boolean noPhone = false;
        boolean cited = false;
        for (GeneratedReport r : many()) {
            Project p = r.truth().project();
            years.add(p.fiscalYear().be());
            entryCounts.add(r.truth().reports().size());
            r.truth().reports().forEach(e -> {
                if (e.statusCategory() != null) {
                    categories.add(e.statusCategory());
                }
            });
            cited |= r.truth().reports().stream().anyMatch(e -> !e.citedDocuments().isEmpty());
            titles.add(p.responsible().title());
            titles.add(p.coordinator().title());
            topAgencies.add(p.agency().get(0).startsWith("สำนักงานเขต") ? "district" : p.agency().get(0));
            satang |= p.budgetReceived().scale() > 0;
            String phone = p.responsible().phone();
            extension |= phone != null && phone.matches("\\d{4}");
            landline |= phone != null && phone.matches("02-\\d{3}-\\d{4}");
            noPhone |= phone == null;
            assertTrue(p.code().matches("\\d{8}-\\d{4}"), p.code());
            assertTrue(p.strategy().goal().matches("^[๐-๙]\\.[๐-๙]\\.[๐-๙] .+"), p.strategy().goal());
            assertTrue(p.rationale().size() >= 1 && p.rationale().size() <= 3);
            assertTrue(p.objectives().size() >= 1 && p.objectives().size() <= 5);
            assertTrue(p.targets().size() >= 1 && p.targets().size() <= 5);
        }
        assertEquals(Set.of(2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568), years);
        assertTrue(entryCounts.containsAll(Set.of(2, 12)), "entry counts " + entryCounts);
        assertTrue(entryCounts.stream().allMatch(n -> n >= 2 && n <= 12), "entry counts " + entryCounts);
        assertEquals(EnumSet.of(StatusCategory.IN_PROGRESS, StatusCategory.SUSPENDED, StatusCategory.CANCELLED,
                StatusCategory.COMPLETED, StatusCategory.NOT_STARTED), categories);
        assertEquals(Set.of("นาย", "นาง", "นางสาว", "ดร.", "ว่าที่ร้อยตรี", "ว่าที่ร.ต."), titles);
        assertTrue(topAgencies.containsAll(Set.of("district", "สำนักการโยธา", "สำนักการระบายน้ำ")), "" + topAgencies);
        assertTrue(satang && extension && landline && noPhone && cited);
    }

    @Test
    void everyPrintedDateReadsBackAsTheTruthSays() {
        BuddhistDateParser dates = new BuddhistDateParser();
        Set<DateStyle> entryStyles = EnumSet.noneOf(DateStyle.class);
        Set<DateStyle> projectStyles = EnumSet.noneOf(DateStyle.class);
        for (GeneratedReport r : many()) {
            DateReading start = dates.parse(r.printout().startDate());
            assertEquals(r.truth().project().startDate(), start.date(), r.printout().startDate());
            projectStyles.add(style(r.printout().startDate()));
            for (ReportEntry e : r.truth().reports()) {
                if (e.dateText() == null) {
                    continue;
                }
                DateReading reading = dates.parse(e.dateText());
                assertEquals(e.date(), reading.date(), r.id() + " " + e.dateText());
                if (e.date() != null) {
                    entryStyles.add(style(e.dateText()));
                }
            }
        }
        assertEquals(EnumSet.copyOf(DateStyle.ENTRY_STYLES), entryStyles);
        assertEquals(EnumSet.allOf(DateStyle.class), projectStyles);
    }

    /** Which style printed {@code text}, judged from its look alone. */
    private static DateStyle style(String text) {
        if (text.startsWith("วันที่")) {
            return DateStyle.WITH_PREFIX;
        } else if (text.matches("\\d{4}-\\d{2}-\\d{2} 00:00:00")) {
            return DateStyle.ISO_DATETIME;
        } else if (text.matches("\\d{2}/\\d{2}/\\d{4}")) {
            return DateStyle.SLASH_PADDED;
        } else if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            return DateStyle.SLASH;
        } else if (text.matches("[๐-๙]+ .+ [๐-๙]{4}")) {
            return DateStyle.THAI_DIGITS;
        } else if (text.matches("\\d+ .+\\. \\d{2}")) {
            return DateStyle.ABBREVIATED;
        }
        return DateStyle.FULL_MONTH;
    }

    @Test
    void theDateStylesPrintAsTheFormDoes() {
        LocalDate d = LocalDate.of(2020, 2, 27);
        assertEquals("2020-02-27 00:00:00", DateStyle.ISO_DATETIME.format(d));
        assertEquals("27/2/2563", DateStyle.SLASH.format(d));
        assertEquals("27/02/2563", DateStyle.SLASH_PADDED.format(d));
        assertEquals("27 กุมภาพันธ์ 2563", DateStyle.FULL_MONTH.format(d));
        assertEquals("27 ก.พ. 63", DateStyle.ABBREVIATED.format(d));
        assertEquals("๒๗ ก.พ. ๒๕๖๓", DateStyle.THAI_DIGITS.format(d));
        assertEquals("วันที่ 1 ตุลาคม พ.ศ. 2562", DateStyle.WITH_PREFIX.format(LocalDate.of(2019, 10, 1)));
        assertEquals("31/2/2563", DateStyle.SLASH.format(31, 2, 2020));
    }

    @Test
    void reportsWithoutDefectsAreConsistentAndDrawNoFinding() {
        int clean = 0;
        for (GeneratedReport r : many()) {
            if (!r.defects().isEmpty()) {
                continue;
            }
            clean++;
            ReportRecord t = r.truth();
            Project p = t.project();
            FiscalYear fy = p.fiscalYear();
            assertTrue(fy.contains(p.startDate()) && !p.endDate().isBefore(p.startDate()), r.id());
            LocalDate previousDate = p.startDate();
            double previousProgress = 0;
            BigDecimal disbursed = BigDecimal.ZERO;
            for (int i = 0; i < t.reports().size(); i++) {
                ReportEntry e = t.reports().get(i);
                assertEquals(i + 1, e.no(), r.id());
                assertTrue(e.date().isAfter(previousDate) && !e.date().isAfter(fy.end()), r.id() + " " + e.date());
                assertTrue(e.progressPercent() >= previousProgress && e.progressPercent() <= 100, r.id());
                previousDate = e.date();
                previousProgress = e.progressPercent();
                if (e.statusCategory() == StatusCategory.CANCELLED || e.statusCategory() == StatusCategory.SUSPENDED) {
                    assertFalse(e.onPlan() || e.onTarget(), r.id());
                }
                boolean reprint = i > 0 && e.disbursementNo().equals(t.reports().get(i - 1).disbursementNo())
                        && e.disbursedAmount().compareTo(t.reports().get(i - 1).disbursedAmount()) == 0;
                disbursed = reprint ? disbursed : disbursed.add(e.disbursedAmount());
                e.citedDocuments().forEach(c -> assertTrue(c.date().isBefore(e.date()), r.id()));
            }
            assertEquals(0, disbursed.compareTo(p.budgetSpent()), r.id());
            assertTrue(p.budgetSpent().compareTo(p.budgetReceived()) <= 0, r.id());
            assertEquals(List.of(), t.findings(), r.id());
        }
        assertTrue(clean > SEEDS / 10, "only " + clean + " clean reports");
    }

    @Test
    void theTruthHasNoSourceAndNamesTheForm() {
        GeneratedReport r = generator.generate("gen-0001", 5);
        assertNull(r.truth().source());
        assertEquals(ReportRecord.FORM_BMA_PROGRESS, r.truth().form());
        assertEquals(ReportRecord.SCHEMA_VERSION, r.truth().schemaVersion());
        assertNotEquals(0, r.truth().reports().size());
    }
}
