package raingan.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Project;
import raingan.model.ReportEntry;

/** What Tesseract makes of the printed form (taken from OCR of generated 300-dpi scans). */
class OcrToleranceTest {

    @Test
    void marksBecomeOptionalOutsideCharacterClasses() {
        assertTrue(OcrTolerance.compile("งบประมาณที่ได้รับ").matcher("งบประมาณทีได้รับ").matches());
        assertTrue(OcrTolerance.compile("งบประมาณที่ได้รับ").matcher("งบประมาณที่ได้รับ").matches());
        assertFalse(OcrTolerance.compile("งบประมาณที่ได้รับ").matcher("งบประมาณทได้รบ x").matches());
        assertTrue(OcrTolerance.compile("ปีงบประมาณที่ได้รับ").matcher("ปิงบประมาณทิได้รับ").matches(), "marks confused");
        assertEquals("[่้]ก[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]{0,3} ?", OcrTolerance.marksOptional("[่้]ก่"));
        assertTrue(OcrTolerance.compile("เป็นไปตามแผน").matcher("เป็ นไปตามแผน").matches(), "a space after a mark");
        assertFalse(OcrTolerance.compile("เป็นไปตามแผน").matcher("เป็นไป ตามแผน").matches(), "a space elsewhere is not OCR's");
    }

    @Test
    void lettersOneStrokeApartMatchTheirPairOnly() {
        assertTrue(OcrTolerance.compile("ตาม").matcher("ดาม").matches());
        assertTrue(OcrTolerance.compile("งบประมาณ").matcher("งปประมาณ").matches());
        assertTrue(OcrTolerance.compile("ชื่อ").matcher("ซือ").matches(), "a confused letter and a lost mark");
        assertFalse(OcrTolerance.compile("ตาม").matcher("คาม").matches());
        assertTrue(OcrTolerance.compile("[ต]าม").matcher("ตาม").matches(), "a class is left as written");
        assertFalse(OcrTolerance.compile("[ต]าม").matcher("ดาม").matches());
    }

    @Test
    void trailingOcrNoiseIsTrimmedButWordsStay() {
        assertEquals("อยู่ระหว่างดำเนินการครั้งต่อไป", OcrTolerance.trimTrailingNoise("อยู่ระหว่างดำเนินการครั้งต่อไป | i ."));
        assertEquals("ประจำงวด", OcrTolerance.trimTrailingNoise("ประจำงวด ' Le .."));
        assertEquals("ติดตั้งระบบ CCTV", OcrTolerance.trimTrailingNoise("ติดตั้งระบบ CCTV"));
        assertEquals("จำนวน 2 ครั้ง", OcrTolerance.trimTrailingNoise("จำนวน 2 ครั้ง"));
    }

    @Test
    void readsTheOcrTextOfAScannedForm() {
        String ocr = """
                ** แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ **
                1.1 รหัสโครงการและชื่อโครงการ
                ชื่อโครงการ/กิจกรรม . โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)
                ประจำปี 2562
                รหัสโครงการ : 50190000-3190
                เริมต้นโครงการ : 21 ธ.ค. 2561             งบประมาณทีได้รับ : 307,000.00 บาท
                สินสุดโครงการ : 25 มี.ค. 2562              งบประมาณทีใช้ไป : 78,156.66 บาท
                หน่วยงานทีรับผิดชอบ : สำนักงานเขตดอนเมือง / ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม
                **1 4 วัตถุประสงค์ของโครงการ**
                1. เพื่อพัฒนาศักยภาพของผู้นำชุมชน
                2. เพื่อเสริมสร้างความเข้มแข็งของชุมชน
                3 เพื่อให้ประชาชนมีความรู้ความเข้าใจในการคัดแยกขยะมูลฝอย
                1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 U (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์
                ตามแผนฯ /ตัวชวัด)       .
                ตัวขี้วัด : ร้อยละของชุมชนที่มีส่วนร่วม
                2, รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
                รายงานครังที 1 :: 19 ธันวาคม 2561 : ยังไม่ได้ดำเนินการ อยู่ระหว่างรอการอนุมัติเงิน
                ประจำงวด                         '         Le
                .. ความก้าวหน้าของงานฯ = 0.00 % : งบประมาณทีเบิกใช้ (ครังที 1) = 0 บาท
                : เป็นไปตามแผน
                : เป็นไปตามเป้าหมาย
                """;
        var parsed = new BmaProgressFormParser().parse(ocr);
        Project p = parsed.project();
        assertEquals("โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2562", p.name());
        assertEquals("2018-12-21", String.valueOf(p.startDate()));
        assertEquals("2019-03-25", String.valueOf(p.endDate()));
        assertEquals(0, new java.math.BigDecimal("78156.66").compareTo(p.budgetSpent()));
        assertEquals(List.of("สำนักงานเขตดอนเมือง", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"), p.agency());
        assertEquals(3, p.objectives().size(), "a number whose dot OCR lost still opens the next item");
        assertEquals("ร้อยละของชุมชนที่มีส่วนร่วม", p.strategy().indicator());
        ReportEntry e = parsed.reports().get(0);
        assertEquals(1, e.no());
        assertEquals("ยังไม่ได้ดำเนินการ อยู่ระหว่างรอการอนุมัติเงิน ประจำงวด", e.status());
        assertEquals(0.0, e.progressPercent());
        assertEquals(1, e.disbursementNo());
        assertTrue(e.onPlan());
    }

    @Test
    void readsOcrLetterConfusionsWrappedAmountsAndGarbledDates() {
        String ocr = """
                ซื้อโครงการ/กิจกรรม : ปรับปรุงภูมิทัศน์สวนหลวง ร.9
                สินสุดโครงการ : 18/04/2567 งบประมาณที่ใช้ไป : 56,010.188 บาท
                ซือผู้รับผิดชอบ : นางสาวปวีณา ธนากร 3502
                2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
                รายงานครังที 2 :: 6 เม.ย. 67 : ยังไม่ได้ดำเนินการ
                :: ความก้าวหน้าของงานฯ = 0.00 % : งบประมาณทีเบิกใช้ (Asan 2) = 0
                รายงานครังที 4 :: 22 A.A. 67 : ดำเนินการแล้วเสร็จ , ve
                :: ความก้าวหน้าของงานฯ = 100.00 % : งบประมาณทีเบิกใช้ (ครั้งที่ 4) =
                56,010,188 บาท
                """;
        var parsed = new BmaProgressFormParser().parse(ocr);
        Project p = parsed.project();
        assertEquals("ปรับปรุงภูมิทัศน์สวนหลวง ร.9", p.name());
        assertEquals(0, new java.math.BigDecimal("56010188").compareTo(p.budgetSpent()), "a dot before three digits is a comma");
        assertEquals("ปวีณา ธนากร", p.responsible().name());
        ReportEntry second = parsed.reports().get(0);
        assertEquals(2, second.disbursementNo());
        ReportEntry fourth = parsed.reports().get(1);
        assertEquals("22 A.A. 67", fourth.dateText());
        assertEquals(null, fourth.date());
        assertEquals("ดำเนินการแล้วเสร็จ", fourth.status());
        assertEquals(4, fourth.disbursementNo());
        assertEquals(0, new java.math.BigDecimal("56010188").compareTo(fourth.disbursedAmount()));
    }

    @Test
    void sectionTwoOpensAtItsFirstEntryWhenOcrGarbledItsHeading() {
        String head = """
                ชื่อโครงการ/กิจกรรม : ปรับปรุงสถานีสูบน้ำคลองมหาสวัสดิ์
                รหัสโครงการ : 11030000-2626
                ตัวชีวัด : ร้อยละของจุดเสี่ยงน้ำท่วมที่ได้รับการแก้ไข
                """;
        String entries = """
                รายงานครังที 1 :: 16/12/2563 : อยู่ระหว่างดำเนินการจัดหาผู้รับจ้าง
                .: ความก้าวหน้าของงานฯ = 11.00 % : งบประมาณทีเบิกใช้ (ครั้งที 1) = 115,173 บาท
                : เป็นไปตามแผน
                """;
        for (String heading : List.of("a รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ\n", "")) {
            var parsed = new BmaProgressFormParser().parse(head + heading + entries);
            assertEquals("ร้อยละของจุดเสี่ยงน้ำท่วมที่ได้รับการแก้ไข", parsed.project().strategy().indicator(),
                    "the entries are not read into section 1.6 (heading: '" + heading.strip() + "')");
            assertEquals(1, parsed.reports().size());
            assertEquals(11.0, parsed.reports().get(0).progressPercent());
        }
    }
}
