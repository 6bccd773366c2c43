package raingan.ingest.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import raingan.model.Finding;
import raingan.model.FiscalYear;
import raingan.model.PageMethod;
import raingan.model.PageSource;
import raingan.model.Person;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.Severity;
import raingan.model.Source;
import raingan.model.SourceMethod;
import raingan.model.StatusCategory;
import raingan.model.Strategy;

/**
 * Small, realistic records for the audit tests: a complete fiscal-2563 project and
 * in-progress entries dated as printed (d/m/BE), each changed only where a test needs it.
 */
final class Fixtures {

    static final String IN_PROGRESS = "อยู่ระหว่างขั้นตอนการประสานงาน";
    static final String SUSPENDED = "ขอชะลอโครงการ";
    static final String CANCELLED = "ยกเลิกโครงการ";
    static final String COMPLETED = "ดำเนินการแล้วเสร็จ";

    private Fixtures() {
    }

    static ProjectBuilder project() {
        return new ProjectBuilder();
    }

    /** A report entry numbered {@code no}, printed on {@code thaiDate} (d/m/yyyy, Buddhist era). */
    static EntryBuilder entry(Integer no, String thaiDate) {
        return new EntryBuilder(no, thaiDate);
    }

    static ReportRecord record(ProjectBuilder project, EntryBuilder... entries) {
        return new ReportRecord(ReportRecord.SCHEMA_VERSION, ReportRecord.FORM_BMA_PROGRESS, null,
                project.build(), Arrays.stream(entries).map(EntryBuilder::build).toList(), List.of());
    }

    static ReportRecord record(EntryBuilder... entries) {
        return record(project(), entries);
    }

    static ReportRecord scanned(Double... pageConfidences) {
        List<PageSource> pages = new ArrayList<>();
        for (int i = 0; i < pageConfidences.length; i++) {
            pages.add(new PageSource(i + 1, pageConfidences[i] == null ? PageMethod.TEXT : PageMethod.OCR, pageConfidences[i], null));
        }
        Source source = new Source("scan/04160000-3940.pdf", "0".repeat(64), "application/pdf", pages.size(),
                SourceMethod.MIXED, null, pages);
        return record().withSource(source);
    }

    static LocalDate buddhist(String thaiDate) {
        String[] parts = thaiDate.split("/");
        return LocalDate.of(Integer.parseInt(parts[2]) - FiscalYear.BE_OFFSET,
                Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
    }

    /** (rule, at, severity) of each finding: what the tests compare, messages aside. */
    static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Fixtures::key).toList();
    }

    static String key(Finding f) {
        return f.rule().id() + " " + f.at() + " " + f.severity().json();
    }

    static String key(String rule, String at, Severity severity) {
        return rule + " " + at + " " + severity.json();
    }

    static final class ProjectBuilder {
        private String name = "โครงการแลกเปลี่ยนการเดินทางเยือนระหว่างผู้บริหารเมืองที่เมืองน้อง";
        private String code = "04160000-3940";
        private FiscalYear fiscalYear = FiscalYear.ofBuddhistYear(2563);
        private LocalDate startDate = LocalDate.of(2019, 10, 1);
        private LocalDate endDate = LocalDate.of(2020, 9, 29);
        private BigDecimal budgetReceived = new BigDecimal("500000");
        private BigDecimal budgetSpent;
        private List<String> agency = List.of("สำนักปลัดกรุงเทพมหานคร", "สำนักงานการต่างประเทศ");
        private Strategy strategy = new Strategy("ด้านที่ ๗ การบริหารจัดการเมืองมหานคร",
                "๗.๓ - การบริหารทรัพยากรบุคคล", "๗.๓.๑ บุคลากรกรุงเทพมหานครเป็นผู้ปฏิบัติงานแบบมืออาชีพ",
                "มิติที่ 1. ความสำเร็จของการเชื่อมโยงโอกาสจากงานด้านการต่างประเทศ");
        private List<String> rationale = List.of("ปัจจุบันความสัมพันธ์ระหว่างประเทศถือเป็นความสัมพันธ์ในลักษณะไร้พรมแดน");

        ProjectBuilder name(String value) {
            name = value;
            return this;
        }

        ProjectBuilder code(String value) {
            code = value;
            return this;
        }

        ProjectBuilder fiscalYear(FiscalYear value) {
            fiscalYear = value;
            return this;
        }

        ProjectBuilder dates(LocalDate start, LocalDate end) {
            startDate = start;
            endDate = end;
            return this;
        }

        ProjectBuilder budget(String received, String spent) {
            budgetReceived = received == null ? null : new BigDecimal(received);
            budgetSpent = spent == null ? null : new BigDecimal(spent);
            return this;
        }

        ProjectBuilder agency(List<String> value) {
            agency = value;
            return this;
        }

        ProjectBuilder strategy(Strategy value) {
            strategy = value;
            return this;
        }

        ProjectBuilder rationale(List<String> value) {
            rationale = value;
            return this;
        }

        Project build() {
            return new Project(name, code, fiscalYear, startDate, endDate, budgetReceived, budgetSpent, agency,
                    new Person("นางสาว", "พลอยนภัส พัฒนธัญ", "1521"), new Person("นาง", "วิมลพรรณ พิมสาร", null),
                    rationale, List.of("เพื่อส่งเสริม กระชับ และขยายความสัมพันธ์"),
                    List.of("เดินทางเยือนกรุงเทพมหานคร จำนวน 1 ครั้ง"), strategy);
        }
    }

    static final class EntryBuilder {
        private Integer no;
        private LocalDate date;
        private String dateText;
        private String status = IN_PROGRESS;
        private StatusCategory category = StatusCategory.IN_PROGRESS;
        private Double progress = 10.0;
        private Integer disbursementNo;
        private BigDecimal disbursedAmount;
        private Boolean onPlan = true;
        private Boolean onTarget = true;

        private EntryBuilder(Integer no, String thaiDate) {
            this.no = no;
            this.dateText = thaiDate;
            this.date = thaiDate == null ? null : buddhist(thaiDate);
        }

        /** Nothing printed but the number. */
        EntryBuilder blank() {
            date = null;
            dateText = null;
            status = null;
            category = null;
            progress = null;
            onPlan = null;
            onTarget = null;
            disbursementNo = null;
            disbursedAmount = null;
            return this;
        }

        /** A date printed as {@code text} that could not be read (the parser leaves {@code date} null). */
        EntryBuilder unreadableDate(String text) {
            date = null;
            dateText = text;
            return this;
        }

        EntryBuilder status(String text, StatusCategory value) {
            status = text;
            category = value;
            return this;
        }

        EntryBuilder progress(Double value) {
            progress = value;
            return this;
        }

        EntryBuilder disbursed(Integer number, String amount) {
            disbursementNo = number;
            disbursedAmount = amount == null ? null : new BigDecimal(amount);
            return this;
        }

        EntryBuilder flags(Boolean plan, Boolean target) {
            onPlan = plan;
            onTarget = target;
            return this;
        }

        ReportEntry build() {
            return new ReportEntry(no, date, dateText, status, category, progress, disbursementNo, disbursedAmount,
                    onPlan, onTarget, List.of());
        }
    }
}
