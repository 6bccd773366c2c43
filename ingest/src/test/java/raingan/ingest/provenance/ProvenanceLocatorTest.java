package raingan.ingest.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import raingan.ingest.extract.PageGeometry;
import raingan.ingest.extract.PageText;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.layout.TextSpan;
import raingan.model.FieldSource;
import raingan.model.FiscalYear;
import raingan.model.PageMethod;
import raingan.model.Person;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.StatusCategory;

/** A scanned page of the ruled form as its lines come out of OCR, 300 dpi. */
class ProvenanceLocatorTest {

    private static TextSpan line(String text, double left, double top, double right, double confidence) {
        return new TextSpan(text, new Box(left, top, right, top + 80), confidence);
    }

    private static List<TextSpan> page() {
        List<TextSpan> l = new ArrayList<>();
        l.add(line("ชื่อโครงการ/กิจกรรม :", 270, 550, 760, 0.93));
        l.add(line("ก่อสร้างสวนสาธารณะขนาดเล็ก (สวน 15 นาที)", 800, 550, 2200, 0.92));
        l.add(line("แขวงหัวหมาก เขตบางกะปิ", 800, 630, 1500, 0.61));
        l.add(line("รหัสโครงการ... :", 270, 730, 700, 0.94));
        l.add(line("12000000-8723", 800, 730, 1300, 0.95));
        l.add(line("ปีงบประมาณ พ.ศ. :", 270, 910, 700, 0.9));
        l.add(line("2562", 800, 910, 950, 0.96));
        l.add(line("เริ่มต้นโครงการ :", 1290, 910, 1700, 0.9));
        l.add(line("1 ต.ค. 61", 1750, 910, 2000, 0.88));
        l.add(line("รายงานครั้งที่1", 270, 2000, 600, 0.9));
        l.add(line(":: 10/10/2561 : อยู่ระหว่างพิจารณาผลการประกวดราคา :: ความก้าวหน้าของงานฯ = 18.00 %", 650, 2000,
                1500, 0.93));
        l.add(line(": เป็นไปตามแผน", 1550, 2000, 1800, 0.9));
        l.add(line("รายงานครั้งที่2", 270, 2300, 600, 0.9));
        l.add(line(":: 17/11/2561 : ตรวจรับงานงวดที่ 1 แล้ว :: ความก้าวหน้าของงานฯ = 39.00 %", 650, 2300, 1500, 0.55));
        l.add(line("ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้", 270, 2900, 2000, 0.9));
        return l;
    }

    private static ReportRecord record() {
        Project p = new Project("ก่อสร้างสวนสาธารณะขนาดเล็ก (สวน 15 นาที) แขวงหัวหมาก เขตบางกะปิ", "12000000-8723",
                FiscalYear.ofBuddhistYear(2562), LocalDate.of(2018, 10, 1), null, BigDecimal.ONE, null, null,
                new Person("นาง", "วิมลพรรณ สมบูรณ์ผล", null), null, null, null, null, null);
        List<ReportEntry> entries = List.of(
                new ReportEntry(1, LocalDate.of(2018, 10, 10), "10/10/2561", "อยู่ระหว่างพิจารณาผลการประกวดราคา",
                        StatusCategory.IN_PROGRESS, 18.0, null, null, true, null, List.of()),
                new ReportEntry(2, LocalDate.of(2018, 11, 17), "17/11/2561", "ตรวจรับงานงวดที่ 1 แล้ว",
                        StatusCategory.IN_PROGRESS, 39.0, null, null, null, null, List.of()));
        return new ReportRecord(1, ReportRecord.FORM_BMA_PROGRESS, null, p, entries, List.of());
    }

    private static Map<String, FieldSource> located() {
        PageText page = new PageText(1, "", PageMethod.OCR, 0.9, null, PageGeometry.pixels(300, page()));
        return new ProvenanceLocator().locate(record(), List.of(page));
    }

    @Test
    void aWrappedValueIsBothOfItsLinesAndAsSureAsTheWeakerOne() {
        FieldSource name = located().get("/project/name");
        assertEquals(List.of(800.0, 550.0, 1400.0, 160.0), name.box());
        assertEquals(0.61, name.confidence());
        assertEquals(1, name.page());
        assertEquals("px", name.unit());
        assertEquals(300, name.dpi());
        assertEquals(PageMethod.OCR, name.method());
    }

    @Test
    void aValueKeptAsADateIsTheCellAfterItsLabel() {
        Map<String, FieldSource> p = located();
        assertEquals(List.of(1750.0, 910.0, 250.0, 80.0), p.get("/project/startDate").box());
        assertEquals(List.of(800.0, 910.0, 150.0, 80.0), p.get("/project/fiscalYear").box());
        assertEquals(List.of(800.0, 730.0, 500.0, 80.0), p.get("/project/code").box());
        assertNull(p.get("/project/responsible"), "a value on no line has no provenance");
    }

    @Test
    void anEntryRunsFromItsDateToTheNextEntryAndTheLastStopsBeforeTheCertification() {
        Map<String, FieldSource> p = located();
        assertEquals(List.of(270.0, 2000.0, 1530.0, 80.0), p.get("/reports/0").box(), "its number, status and flags");
        assertEquals(0.55, p.get("/reports/1").confidence());
        assertEquals(List.of(270.0, 2300.0, 1230.0, 80.0), p.get("/reports/1").box());
        assertTrue(List.copyOf(p.keySet()).indexOf("/reports/0") < List.copyOf(p.keySet()).indexOf("/reports/0/date"));
    }

    @Test
    void pagesWithoutGeometryGiveNoProvenance() {
        PageText text = new PageText(1, "ชื่อโครงการ/กิจกรรม : ก่อสร้าง", PageMethod.TEXT, null, null);
        assertNull(new ProvenanceLocator().locate(record(), List.of(text)));
    }
}
