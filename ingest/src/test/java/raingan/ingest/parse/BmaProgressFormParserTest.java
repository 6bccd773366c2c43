package raingan.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.CitedKind;
import raingan.model.Finding;
import raingan.model.Person;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;
import raingan.model.StatusCategory;

/** The form as a two-column PDF print gives it: two fields a line, wrapped values, page headers. */
class BmaProgressFormParserTest {

    private static final String TWO_COLUMN_PRINT = """
            แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
            1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
            1.1 รหัสโครงการและชื่อโครงการ
            ชื่อโครงการ/กิจกรรม : โครงการก่อสร้างเขื่อนป้องกันน้ำท่วมริมคลองแสนแสบ
            ช่วงถนนรามคำแหงถึงถนนศรีนครินทร์
            รหัสโครงการ : 11020000-1234    ปีงบประมาณ พ.ศ. : ๒๕๖๕
            เริ่มต้นโครงการ : 1 ต.ค. 64    งบประมาณที่ได้รับ : 1,250,000.50 บาท
            สิ้นสุดโครงการ : 30 กันยายน 2565    งบประมาณที่ใช้ไป : 980,000 บาท
            1.2 หน่วยงานที่รับผิดชอบ
            หน่วยงานที่รับผิดชอบ : สำนักการระบายน้ำ / สำนักงานก่อสร้างและบูรณะ / ส่วนก่อสร้าง
            1 /
            ชื่อผู้รับผิดชอบ : ว่าที่ร้อยตรีสมชาย ใจดี 02-246-0301    ผู้ประสานงาน สยป : ดร.สุดา รักเมือง
            1.3 หลักการและเหตุผล
            1) คลองแสนแสบมีน้ำล้นตลิ่งในฤดูฝน
            ทำให้บ้านเรือนริมคลองเสียหาย
            1.4 วัตถุประสงค์ของโครงการ
            1. เพื่อป้องกันน้ำท่วม
            2. เพื่อปรับปรุงภูมิทัศน์
            1.5 เป้าหมายของโครงการ
            1. เขื่อนยาว 1,200 เมตร
            3. ทางเดินริมคลอง
            1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี
            ประเด็นยุทธศาสตร์ : ด้านที่ ๑ มหานครปลอดภัย
            ประเด็นยุทธศาสตร์ย่อย : ๑.๒ ปลอดภัยจากน้ำท่วม
            เป้าหมายที่ : ๑.๒.๑ ลดพื้นที่น้ำท่วมขัง
            ตัวชี้วัด : ร้อยละของพื้นที่น้ำท่วมขังที่ลดลง
            2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
            รายงานครั้งที่ 1 :: 15 พ.ย. 64 : ลงนามในสัญญาแล้ว ตามคำสั่งกรุงเทพมหานคร ที่ 771/2564 ลงวันที่ 10 พฤศจิกายน 2564
            :: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 500,000.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
            หน้า 1/2
            แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
            รายงานครั้งที่ 2 :: 31/2/2565 : ตรวจรับงานงวดที่ 1 แล้ว และอยู่ระหว่างดำเนินการงวดที่ 2
            ตามหนังสือ ที่ กท 1902/00555 ลงวันที่ 23 มีนาคม 2565
            :: ความก้าวหน้าของงานฯ = 55.50 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 480,000.00 บาท
            : ไม่เป็นไปตามแผน : เป็นไปตามเป้าหมาย
            รายงานครั้งที่ 3 :: 30 ก.ย. 2565 : ดำเนินการแล้วเสร็จ
            ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง
            """;

    private final BmaProgressFormParser parser = new BmaProgressFormParser();

    @Test
    void readsHeaderFieldsTwoToALineWithWrappedName() {
        Project p = parser.parse(TWO_COLUMN_PRINT).project();
        assertEquals("โครงการก่อสร้างเขื่อนป้องกันน้ำท่วมริมคลองแสนแสบ ช่วงถนนรามคำแหงถึงถนนศรีนครินทร์", p.name());
        assertEquals("11020000-1234", p.code());
        assertEquals(2565, p.fiscalYear().be());
        assertEquals(LocalDate.of(2021, 10, 1), p.fiscalYear().start());
        assertEquals(LocalDate.of(2021, 10, 1), p.startDate());
        assertEquals(LocalDate.of(2022, 9, 30), p.endDate());
        assertEquals(0, new BigDecimal("1250000.5").compareTo(p.budgetReceived()));
        assertEquals(0, new BigDecimal("980000").compareTo(p.budgetSpent()));
        assertEquals(List.of("สำนักการระบายน้ำ", "สำนักงานก่อสร้างและบูรณะ", "ส่วนก่อสร้าง 1"), p.agency());
        assertEquals(new Person("ว่าที่ร้อยตรี", "สมชาย ใจดี", "02-246-0301"), p.responsible());
        assertEquals(new Person("ดร.", "สุดา รักเมือง", null), p.coordinator());
    }

    @Test
    void readsListsJoiningWrappedLinesAndReportsNumberingGaps() {
        var parsed = parser.parse(TWO_COLUMN_PRINT);
        Project p = parsed.project();
        assertEquals(List.of("คลองแสนแสบมีน้ำล้นตลิ่งในฤดูฝน ทำให้บ้านเรือนริมคลองเสียหาย"), p.rationale());
        assertEquals(List.of("เพื่อป้องกันน้ำท่วม", "เพื่อปรับปรุงภูมิทัศน์"), p.objectives());
        assertEquals(List.of("เขื่อนยาว 1,200 เมตร", "ทางเดินริมคลอง"), p.targets());
        assertEquals(List.of("list.numbering /project/targets"),
                parsed.findings().stream().filter(f -> f.rule() == RuleId.LIST_NUMBERING)
                        .map(f -> f.rule().id() + " " + f.at()).toList());
        assertEquals("๑.๒ ปลอดภัยจากน้ำท่วม", p.strategy().subIssue());
        assertEquals("ด้านที่ ๑ มหานครปลอดภัย", p.strategy().issue());
        assertEquals("๑.๒.๑ ลดพื้นที่น้ำท่วมขัง", p.strategy().goal());
    }

    @Test
    void readsEntriesAcrossPageHeadersWithCitationsAndImpossibleDates() {
        List<ReportEntry> r = parser.parse(TWO_COLUMN_PRINT).reports();
        assertEquals(3, r.size());
        ReportEntry first = r.get(0);
        assertEquals(LocalDate.of(2021, 11, 15), first.date());
        assertEquals(StatusCategory.IN_PROGRESS, first.statusCategory());
        assertEquals(10.0, first.progressPercent());
        assertEquals(1, first.disbursementNo());
        assertEquals(0, new BigDecimal("500000").compareTo(first.disbursedAmount()));
        assertTrue(first.onPlan());
        assertEquals(CitedKind.ORDER, first.citedDocuments().get(0).kind());
        assertEquals("771/2564", first.citedDocuments().get(0).number());
        assertEquals(LocalDate.of(2021, 11, 10), first.citedDocuments().get(0).date());

        ReportEntry second = r.get(1);
        assertNull(second.date(), "31/2/2565 cannot exist: no date, never a rolled-over one");
        assertEquals("31/2/2565", second.dateText());
        assertEquals("ตรวจรับงานงวดที่ 1 แล้ว และอยู่ระหว่างดำเนินการงวดที่ 2 ตามหนังสือ ที่ กท 1902/00555 ลงวันที่ 23 มีนาคม 2565",
                second.status());
        assertEquals(StatusCategory.IN_PROGRESS, second.statusCategory());
        assertEquals(55.5, second.progressPercent());
        assertFalse(second.onPlan());
        assertTrue(second.onTarget());
        assertEquals("กท 1902/00555", second.citedDocuments().get(0).number());

        ReportEntry third = r.get(2);
        assertEquals(StatusCategory.COMPLETED, third.statusCategory());
        assertNull(third.progressPercent());
    }

    @Test
    void markupInAStatusIsRemovedAndReported() {
        String text = """
                แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
                2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
                รายงานครั้งที่1\t:: 15/10/2562 : ยกเลิกโครงการ เนื่องจาก 1. <input type="checkbox"/> งบประมาณไม่เพียงพอ\t\t
                \t:: ความก้าวหน้าของงานฯ = 0.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท\t: เป็นไปตามแผน\t: ไม่เป็นไปตามเป้าหมาย
                """;
        var parsed = parser.parse(text);
        ReportEntry e = parsed.reports().get(0);
        assertEquals("ยกเลิกโครงการ เนื่องจาก 1. งบประมาณไม่เพียงพอ", e.status());
        assertEquals(StatusCategory.CANCELLED, e.statusCategory());
        assertTrue(e.onPlan());
        assertFalse(e.onTarget());
        Finding f = parsed.findings().get(0);
        assertEquals("text.suspect-characters /reports/0/status info", f.rule().id() + " " + f.at() + " " + f.severity().json());
    }

    @Test
    void ocrLabelVariantsAreRecognised() {
        String text = """
                ชื่อโครงการ/กิจกรรม... : โครงการอบรมภาษาอังกฤษ
                รหัสโครงการ... : 04160000-3940
                ปีงบประมาณ พ.ศ : 2563
                ประเด็นยุทธศา ย่อย : ๗.๓ - การบริหารทรัพยากรบุคคล
                ตัวชี้วัด... : ร้อยละของผู้ผ่านการอบรม
                """;
        Project p = parser.parse(text).project();
        assertEquals("04160000-3940", p.code());
        assertEquals("๗.๓ - การบริหารทรัพยากรบุคคล", p.strategy().subIssue());
        assertNull(p.strategy().issue(), "the sub-issue label must not also fill the issue");
        assertEquals("ร้อยละของผู้ผ่านการอบรม", p.strategy().indicator());
    }

    @Test
    void aDocumentThatIsNotTheFormIsUnknownNotAnError() {
        var parsed = parser.parse("""
                ประกาศกรุงเทพมหานคร เรื่อง มาตรการควบคุมและป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019
                ประกาศ ณ วันที่ 27 กุมภาพันธ์ 2563
                """);
        assertEquals(ReportRecord.FORM_UNKNOWN, parsed.form());
        assertNull(parsed.project());
        assertTrue(parsed.reports().isEmpty());
    }

    @Test
    void anImpossibleProjectDateIsAFindingAndNull() {
        var parsed = parser.parse("""
                ชื่อโครงการ/กิจกรรม : โครงการทดสอบ
                รหัสโครงการ : 1-2
                เริ่มต้นโครงการ : 30/2/2563
                """);
        assertNull(parsed.project().startDate());
        assertEquals("date.invalid /project/startDate",
                parsed.findings().get(0).rule().id() + " " + parsed.findings().get(0).at());
    }

    @Test
    void aDateDecadesFromTheFiscalYearIsUnreadableNotUsed() {
        var parsed = parser.parse("""
                ชื่อโครงการ/กิจกรรม : โครงการทดสอบ
                รหัสโครงการ : 1-2
                ปีงบประมาณ พ.ศ. : 2562
                เริ่มต้นโครงการ : ๒๑ ธ.ค. ๒๕๖๑
                สิ้นสุดโครงการ : ๒๕ มี.ค. ๒๕๒๒
                2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
                รายงานครั้งที่ 1 :: 19/12/2521 : อยู่ระหว่างดำเนินการ
                """);
        assertEquals(LocalDate.of(2018, 12, 21), parsed.project().startDate());
        assertNull(parsed.project().endDate(), "OCR read ๖ as ๒: 2522 BE is 40 years from fiscal year 2562");
        assertEquals("date.invalid /project/endDate", parsed.findings().get(0).rule().id() + " " + parsed.findings().get(0).at());
        assertTrue(parsed.findings().get(0).message().contains("misprinted or misread"), parsed.findings().get(0).message());
        assertNull(parsed.reports().get(0).date());
        assertEquals("19/12/2521", parsed.reports().get(0).dateText(), "the print is kept for the audit's date.invalid");
    }

    @Test
    void aWeekdayTheDateDoesNotFallOnIsAWarningAtThatDateWhichIsKept() {
        var parsed = parser.parse("""
                ชื่อโครงการ/กิจกรรม : โครงการทดสอบ
                รหัสโครงการ : 1-2
                ปีงบประมาณ พ.ศ. : 2564
                เริ่มต้นโครงการ : วันพุธที่ 1 ตุลาคม 2563
                สิ้นสุดโครงการ : วันพฤหัสบดีที่ 30 กันยายน 2564
                2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
                รายงานครั้งที่ 1 :: วันจันทร์ที่ 5 ตุลาคม 2563 : อยู่ระหว่างดำเนินการ
                :: ความก้าวหน้าของงานฯ = 10.00 %
                รายงานครั้งที่ 2 :: อ. ๕ พ.ย. ๖๓ : ลงนามในสัญญาแล้ว ตามหนังสือ ที่ กท 1902/00555 ลงวันที่ วันเสาร์ที่ 2 ตุลาคม 2563
                :: ความก้าวหน้าของงานฯ = 20.00 %
                """);
        assertEquals(LocalDate.of(2020, 10, 1), parsed.project().startDate());
        assertEquals(LocalDate.of(2021, 9, 30), parsed.project().endDate());
        assertEquals(LocalDate.of(2020, 10, 5), parsed.reports().get(0).date());
        assertEquals(LocalDate.of(2020, 11, 5), parsed.reports().get(1).date());
        assertEquals("อ. ๕ พ.ย. ๖๓", parsed.reports().get(1).dateText());
        assertEquals(LocalDate.of(2020, 10, 2), parsed.reports().get(1).citedDocuments().get(0).date());
        List<Finding> weekdays = parsed.findings().stream().filter(f -> f.rule() == RuleId.DATE_WEEKDAY_MISMATCH).toList();
        assertEquals(List.of("/project/startDate", "/reports/1/date", "/reports/1/citedDocuments/0/date"),
                weekdays.stream().map(Finding::at).toList());
        assertTrue(weekdays.stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertEquals("The printed date 'วันพุธที่ 1 ตุลาคม 2563' names a weekday the date does not fall on: "
                + "1 October 2020 (BE 2563) is a Thursday, not a Wednesday. The date is kept; check which of the two"
                + " was misprinted.", weekdays.get(0).message());
    }

    @Test
    void anEntryDateWithATimeKeepsTheDateAndItsPrintAndTheStatusAfterTheTime() {
        var parsed = parser.parse("""
                ชื่อโครงการ/กิจกรรม : โครงการทดสอบ
                รหัสโครงการ : 1-2
                2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
                รายงานครั้งที่ 1 :: 15/10/2563 10:30 น. : อยู่ระหว่างดำเนินการ
                :: ความก้าวหน้าของงานฯ = 10.00 %
                รายงานครั้งที่ 2 :: วันศุกร์ที่ ๖ พ.ย. ๖๓ เวลา ๑๓.๓๐ น. : ลงนามในสัญญาแล้ว
                รายงานครั้งที่ 3 :: 7/12/2563 25:61 : ตรวจรับงานแล้ว
                """);
        ReportEntry first = parsed.reports().get(0);
        assertEquals(LocalDate.of(2020, 10, 15), first.date());
        assertEquals("15/10/2563 10:30 น.", first.dateText());
        assertEquals("อยู่ระหว่างดำเนินการ", first.status());
        assertEquals(10.0, first.progressPercent());
        assertEquals(LocalDate.of(2020, 11, 6), parsed.reports().get(1).date());
        assertEquals("วันศุกร์ที่ ๖ พ.ย. ๖๓ เวลา ๑๓.๓๐ น.", parsed.reports().get(1).dateText());
        assertEquals("ลงนามในสัญญาแล้ว", parsed.reports().get(1).status());
        ReportEntry impossible = parsed.reports().get(2);
        assertNull(impossible.date(), "25:61 is no time: the audit's date.invalid names the print");
        assertEquals("7/12/2563 25:61", impossible.dateText());
        assertEquals("ตรวจรับงานแล้ว", impossible.status());
        assertEquals(List.of(), parsed.findings().stream().filter(f -> f.rule().id().startsWith("date.")).toList());
    }

    /** A ruled print read by OCR: the table's rows as tabbed lines, with what OCR makes of them. */
    private static final String RULED_SCAN = """
            1.1 รหัสโครงการและชื่อโครงการ
            ชื่อโครงการ/กิจกรรม :\tโครงการก่อสร้างเขื่อนคอนกรีต
            รหัสโครงการ..\t11030000-8937
            ปีงบประมาณพ.ศ. :\t2562\tเริ่มต้นโครงการ :\t11 ตุลาคม 2561
            งบประมาณที่ได้รับ :\t8,680,000.00 บาท\tลนสุดโครงการ\t14 พฤษภาคม 2562
            1.2 หน่วยงานที่รับผิดชอบ
            หน่วยงานที่รับผิดช อบ\tสำนักการระบายน้ำ / สำนักงานก่อสร้าง
            1.4 วัต6 ประ สงค์ของโครงการ
            1 . เพื่อให้เจ้าหน้าที่เข้าถึงพื้นที่เกิดเหตุได้อย่างรวดเร็ว
            2. เพื่อสร้างความปลอดภัยในชีวิตและทรัพย์สินของประชาชน
            1.5 เป้าหมา ยของโครงการ..
            1. จัดซื้อรถดับเพลิง จำนวน 20 คัน
            2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
            รายงานครั้ง iil\t:: 12/11/2561 : อยู่ระหว่างขั้นตอนการประสานงาน :: ความก้าวหน้าของงานฯ = 6.50 % : งบประมาณที่เบิกใช้ (ครั้งที่ 11 = 25 242 บาท\t: เป็นไปตามแผน\t: เป็นไปตามเป้าหมาย
            รา ยงานครั้งที่ 2 :: 16/11/2561 : ลงนามในสัญญาแล้ว
            ความก้าวหน้าของงานฯ = 25.00 %
            : ไม่เป็นไปตามแผน : เป็นไปตามเป้าหมาย ย พล
            รายงานครั้งที่ๆ ae\t* 17/12/2561 : อยู่ระหว่างขั้นตอนการประสานงาน :: ความก้าวหน้าของงานฯ = 7.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1]1 = 0 บาท\t: เป็นไปตามแผน\t: เป็นไปตามเป้าหมาย
            รายงานครั้งที่4 ‘\t= 23/12/2561 : อยู่ระหว่างขั้นตอนการประสานงาน :: AVN ก้าวหน้าของงานฯ = 8.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 44 =O บาท\t: !ป็นไปตามแผน\t: เป็นไปตามเป้าหมาย
            รายงานครั้งที่5 ๒\t': 29/12/2561 : อยู่ระหว่างขั้นตอนการประสานงาน :: ควจามก้าวหน้ำของงานฯ = 9.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 5) = 3138 863 บาท\t: เป็นไปตามแผน\t: เป็นไปตามเป้าหมาย
            รายงานครั้ง 76\t':: 5/1/2562 : อยู่ระหว่างขั้นตอนการประสานงาน :: ครามก้าวหน้าของงานฯ = 9.50 %
            """;

    @Test
    void aRuledScanGivesItsFieldsThroughWhatOcrMakesOfLabelsParenthesesAndEntryHeads() {
        ParsedForm form = new BmaProgressFormParser().parse(RULED_SCAN);
        Project p = form.project();
        assertEquals("11030000-8937", p.code());
        assertEquals(LocalDate.of(2019, 5, 14), p.endDate(), "a label OCR misspelled past its pattern");
        assertEquals(List.of("สำนักการระบายน้ำ", "สำนักงานก่อสร้าง"), p.agency());
        assertEquals(List.of("เพื่อให้เจ้าหน้าที่เข้าถึงพื้นที่เกิดเหตุได้อย่างรวดเร็ว",
                "เพื่อสร้างความปลอดภัยในชีวิตและทรัพย์สินของประชาชน"), p.objectives(),
                "1.4's heading with its first word garbled; 1 . is item 1, its dot set apart");
        assertEquals(List.of("จัดซื้อรถดับเพลิง จำนวน 20 คัน"), p.targets(), "a space inside the heading's เป้าหมาย");
        assertEquals(List.of(), form.findings().stream().filter(f -> f.rule() == RuleId.LIST_NUMBERING).toList());
        List<ReportEntry> e = form.reports();
        assertEquals(6, e.size(), "an unread number, a space inside รายงาน and ๆ for a digit still open entries");
        assertNull(e.get(0).no());
        assertEquals(1, e.get(0).disbursementNo(), "the parenthesis read as 1");
        assertEquals(0, new BigDecimal("25242").compareTo(e.get(0).disbursedAmount()), "a thousands comma read as a space");
        assertEquals(2, e.get(1).no());
        assertEquals(LocalDate.of(2018, 11, 16), e.get(1).date());
        assertEquals(Boolean.FALSE, e.get(1).onPlan(), "a flags row keeps its flags with OCR noise after them");
        assertEquals(Boolean.TRUE, e.get(1).onTarget());
        assertEquals(LocalDate.of(2018, 12, 17), e.get(2).date(), "the cell's :: read as *");
        assertEquals("17/12/2561", e.get(2).dateText());
        assertEquals(1, e.get(2).disbursementNo(), "a bracket and a stray digit for the parenthesis");
        assertEquals(0, BigDecimal.ZERO.compareTo(e.get(2).disbursedAmount()));
        for (int i : new int[] {3, 4}) {
            assertEquals(i + 1, e.get(i).no(), "a quote or a lone digit after the number is the row below's marks");
        }
        assertEquals(LocalDate.of(2018, 12, 23), e.get(3).date(), "the cell's :: read as =");
        assertEquals(LocalDate.of(2018, 12, 29), e.get(4).date(), "the cell's :: read as ':");
        assertEquals(0, new BigDecimal("3138863").compareTo(e.get(4).disbursedAmount()),
                "one comma lost, the other read as a space: the amount runs to บาท");
        assertEquals(6, e.get(5).no(), "ครั้งที่6 read as ครั้ง 76");
        assertEquals(LocalDate.of(2019, 1, 5), e.get(5).date(), "a quote before the cell's :: opens no entry");
        assertEquals(9.0, e.get(4).progressPercent(), "ความ read as ควจาม, หน้า as หน้ำ");
        for (int i : new int[] {3, 4, 5}) {
            assertEquals("อยู่ระหว่างขั้นตอนการประสานงาน", e.get(i).status(), "ความ of the progress label misread");
        }
        assertEquals(8.0, e.get(3).progressPercent(), "ความ read as AVN");
        assertEquals(4, e.get(3).disbursementNo(), "report 4's (ครั้งที่ 4) with its parenthesis read as a 4");
        assertEquals(0, BigDecimal.ZERO.compareTo(e.get(3).disbursedAmount()), "0 read as O");
        assertEquals(Boolean.TRUE, e.get(3).onPlan(), "เ of เป็นไปตามแผน read as !");
        assertEquals(9.5, e.get(5).progressPercent(), "ความ read as คราม");
    }
}
