package raingan.testdata.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import raingan.ingest.normalise.ThaiDigits;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.testdata.generate.GeneratedReport;
import raingan.testdata.generate.ReportGenerator;

class TextExportWriterTest {

    private static final Pattern RECEIVED = Pattern.compile("^งบประมาณที่ได้รับ : ([\\d,.]+) บาท$", Pattern.MULTILINE);
    private static final Pattern SPENT = Pattern.compile("^งบประมาณที่ใช้ไป : ([\\d,.]+) บาท$", Pattern.MULTILINE);
    private static final Pattern PROGRESS = Pattern.compile(
            ":: ความก้าวหน้าของงานฯ = ([\\d.]+) % : งบประมาณที่เบิกใช้ \\(ครั้งที่ (\\d+)\\) = ([\\d,.]+) บาท");

    private final TextExportWriter writer = new TextExportWriter();

    private static List<GeneratedReport> reports(int count, EntryLayout layout) {
        ReportGenerator generator = new ReportGenerator();
        List<GeneratedReport> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(generator.generate("gen-" + i, ReportGenerator.seedFor(4242, i), layout, PrintLayout.RULED));
        }
        return out;
    }

    @Test
    void everyValueOfTheTruthIsPrinted() {
        for (GeneratedReport r : reports(150, null)) {
            String text = PrintedValues.squash(writer.write(r.printout()));
            for (String[] value : PrintedValues.of(r.truth())) {
                assertTrue(text.contains(PrintedValues.squash(value[1])), r.id() + ": " + value[0] + " '" + value[1]
                        + "' is not printed");
            }
        }
    }

    @Test
    void amountsProgressAndFlagsReadBackAsTheTruthSays() {
        for (GeneratedReport r : reports(150, null)) {
            String text = writer.write(r.printout());
            ReportRecord t = r.truth();
            assertEquals(0, amount(RECEIVED, text).compareTo(t.project().budgetReceived()), r.id());
            assertEquals(0, amount(SPENT, text).compareTo(t.project().budgetSpent()), r.id());
            Matcher m = PROGRESS.matcher(text);
            int notOnPlan = 0;
            for (ReportEntry e : t.reports()) {
                if (e.progressPercent() == null) {
                    continue;
                }
                assertTrue(m.find(), r.id() + ": fewer progress lines than entries with progress");
                assertEquals(e.progressPercent(), Double.parseDouble(m.group(1)), r.id());
                assertEquals(e.disbursementNo(), Integer.valueOf(m.group(2)), r.id());
                assertEquals(0, new BigDecimal(m.group(3).replace(",", "")).compareTo(e.disbursedAmount()), r.id());
                notOnPlan += e.onPlan() ? 0 : 1;
            }
            assertFalse(m.find(), r.id() + ": more progress lines than entries with progress");
            assertEquals(notOnPlan, count(text, ": ไม่เป็นไปตามแผน"), r.id());
        }
    }

    @Test
    void eachLayoutPrintsTheEntriesItsWay() {
        for (GeneratedReport r : reports(30, EntryLayout.TABBED)) {
            String text = writer.write(r.printout());
            long numbered = r.truth().reports().stream().filter(e -> e.no() != null && !e.isEmpty()).count();
            assertEquals(numbered, Pattern.compile("^รายงานครั้งที่\\d+\t:: ", Pattern.MULTILINE).matcher(text)
                    .results().count(), r.id());
            assertEquals(1, count(text, "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ"), r.id());
        }
        for (GeneratedReport r : reports(30, EntryLayout.MULTI_LINE)) {
            String text = writer.write(r.printout());
            assertFalse(text.contains("\t"), r.id());
            long numbered = r.truth().reports().stream().filter(e -> e.no() != null && !e.isEmpty()).count();
            assertEquals(numbered, Pattern.compile("^รายงานครั้งที่\\d+ :: ", Pattern.MULTILINE).matcher(text)
                    .results().count(), r.id());
        }
        for (GeneratedReport r : reports(30, EntryLayout.MIXED)) {
            String text = writer.write(r.printout());
            assertTrue(text.contains("\t:: "), r.id());
            assertEquals(2, count(text, "**\\*\\* แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ \\*\\***"), r.id());
        }
    }

    @Test
    void theExportHasTheSeedsLabelsInTheSeedsOrder() throws IOException {
        Path seedDir = Path.of(System.getProperty("raingan.shared", "../../shared"), "corpus", "seed");
        Path seedFile;
        try (Stream<Path> files = Files.list(seedDir)) {
            seedFile = files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        List<String> seedLabels = labels(Files.readString(seedFile, StandardCharsets.UTF_8));
        // The seed's own OCR damage, which a clean export does not have.
        seedLabels.remove("ประเด็นยุทธศา ย่อย");
        for (GeneratedReport r : reports(40, null)) {
            if (!r.printout().seedLabels()) {
                continue;
            }
            List<String> labels = labels(writer.write(r.printout()));
            labels.retainAll(seedLabels);
            assertEquals(seedLabels, labels, r.id());
        }
    }

    @Test
    void theExportStartsAndEndsAsTheSeedDoes() {
        for (GeneratedReport r : reports(10, null)) {
            String text = writer.write(r.printout());
            assertTrue(text.startsWith("\n\n\n\n**\\*\\* แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ \\*\\***\n\n"
                    + "**1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ**\n\n"), r.id());
            assertTrue(text.endsWith("ลงชื่อ.....(ผู้รับผิดชอบโครงการ)\n\nตำแหน่ง .....\n\n.....\n"), r.id());
        }
    }

    /** The labels of section 1's {@code label : value} lines, in order. */
    private static List<String> labels(String text) {
        List<String> labels = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("**2.")) {
                break;
            }
            int colon = line.indexOf(" : ");
            if (colon > 0 && !line.startsWith("-") && !line.matches("^\\d+\\..*")) {
                labels.add(line.substring(0, colon));
            }
        }
        return labels;
    }

    private static BigDecimal amount(Pattern p, String text) {
        Matcher m = p.matcher(ThaiDigits.toArabic(text));
        assertTrue(m.find(), "no " + p);
        return new BigDecimal(m.group(1).replace(",", ""));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
