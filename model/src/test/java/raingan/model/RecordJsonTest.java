package raingan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

    private final RecordJson json = new RecordJson();

    private static ReportRecord sample() {
        Project project = new Project("โครงการก่อสร้างเขื่อน", "11020000-1234", FiscalYear.ofBuddhistYear(2565),
                LocalDate.of(2021, 10, 1), LocalDate.of(2022, 9, 30), new BigDecimal("1250000.5"), new BigDecimal("1000"),
                List.of("สำนักการระบายน้ำ"), new Person("นาย", "สมชาย ใจดี", "1521"), null,
                List.of("เหตุผล"), List.of(), null, new Strategy("ด้านที่ ๑", null, null, null));
        ReportEntry entry = new ReportEntry(1, LocalDate.of(2021, 11, 15), "15/11/2564", "ลงนามในสัญญาแล้ว",
                StatusCategory.IN_PROGRESS, 10.0, 1, new BigDecimal("500000"), true, false,
                List.of(new CitedDocument(CitedKind.ORDER, "771/2564", LocalDate.of(2021, 11, 10))));
        return new ReportRecord(1, ReportRecord.FORM_BMA_PROGRESS,
                new Source("a/b.pdf", "0".repeat(64), "application/pdf", 1, SourceMethod.TEXT, null,
                        List.of(new PageSource(1, PageMethod.TEXT, null, 0.98))),
                project, List.of(entry),
                List.of(new Finding(RuleId.REPORT_NUMBERING, Severity.WARNING, "/reports/0", "Entry has no number.")));
    }

    @Test
    void writesTheContractsShapeInAFixedOrder() {
        String out = json.pretty(sample());
        assertTrue(out.startsWith("{\n  \"schemaVersion\": 1,\n  \"form\": \"bma.project-progress\",\n  \"source\": {"), out);
        assertTrue(out.contains("\"budgetSpent\": 1000,"), "amounts in plain notation, not 1E+3");
        assertTrue(out.contains("\"budgetReceived\": 1250000.5,"));
        assertTrue(out.contains("\"fiscalYear\": {\n      \"be\": 2565,\n      \"ce\": 2022,\n      \"start\": \"2021-10-01\""));
        assertTrue(out.contains("\"statusCategory\": \"in_progress\""));
        assertTrue(out.contains("\"coordinator\": null"), "absent fields are null, not left out");
        assertTrue(out.contains("\"objectives\": [],"), "a printed but empty list is empty");
        assertTrue(out.indexOf("\"project\"") < out.indexOf("\"reports\"") && out.indexOf("\"reports\"") < out.indexOf("\"findings\""));
    }

    @Test
    void roundTripsAndIsByteStable() {
        ReportRecord record = sample();
        String first = json.pretty(record);
        ReportRecord back = json.read(first);
        assertEquals(record, back);
        assertEquals(first, json.pretty(back));
    }

    @Test
    void fiscalYearRunsOctoberToSeptember() {
        FiscalYear fy = FiscalYear.ofBuddhistYear(2563);
        assertEquals(LocalDate.of(2019, 10, 1), fy.start());
        assertEquals(LocalDate.of(2020, 9, 30), fy.end());
        assertTrue(fy.contains(LocalDate.of(2019, 10, 1)));
        assertTrue(!fy.contains(LocalDate.of(2020, 10, 1)));
    }

    @Test
    void provenanceIsLeftOutWhenThereIsNoneAndComesLastWhenThereIs() {
        ReportRecord bare = sample();
        assertTrue(!json.pretty(bare).contains("provenance"));
        FieldSource name = new FieldSource(1, List.of(801.5, 540.0, 1387.0, 187.5), FieldSource.PIXELS, 300,
                PageMethod.OCR, 0.92);
        String withProvenance = json.pretty(bare.withProvenance(Map.of("/project/name", name)));
        assertTrue(withProvenance.indexOf("\"provenance\"") > withProvenance.indexOf("\"findings\""));
        assertEquals(name, json.read(withProvenance).provenance().get("/project/name"));
    }
}
