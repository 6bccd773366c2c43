package raingan.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Finding;
import raingan.model.FiscalYear;
import raingan.model.PageMethod;
import raingan.model.PageSource;
import raingan.model.Person;
import raingan.model.Project;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;
import raingan.model.Source;
import raingan.model.SourceMethod;

class JsonLinesTest {

    @Test
    void compactingThePrettyRecordGivesExactlyItsJsonLine() {
        RecordJson json = new RecordJson();
        Project project = new Project("1.6 โครงการแลกเปลี่ยน \"เมืองพี่เมืองน้อง\"  (การเดินทาง)\tเยือน", "04160000-3940",
                new FiscalYear(2563, 2020, LocalDate.of(2019, 10, 1), LocalDate.of(2020, 9, 30)),
                LocalDate.of(2019, 10, 1), LocalDate.of(2020, 9, 29), new BigDecimal("1250000.50"), BigDecimal.ZERO,
                List.of("สำนักปลัดกรุงเทพมหานคร", "ส่วนส่งเสริมความสัมพันธ์ระหว่างเมือง"),
                new Person("นางสาว", "พลอยนภัส พัฒนธัญ", "1521"), null, List.of(), null, List.of("a \\ b : c"), null);
        ReportRecord record = new ReportRecord(1, "bma.project-progress",
                new Source("2563/รายงาน 1.txt", "ab", "text/plain", 1, SourceMethod.TEXT, null,
                        List.of(new PageSource(1, PageMethod.TEXT, null, 0.25))),
                project, List.of(), List.of(new Finding(RuleId.BUDGET_OVERSPENT, Severity.ERROR, "/project/budgetSpent",
                        "งบที่ใช้ไป 2,000 บาท มากกว่างบที่ได้รับ: ตรวจสอบตัวเลข")));

        assertEquals(json.line(record), JsonLines.compact(json.pretty(record)));
    }
}
