package raingan.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every label is found as printed and as OCR misreads its first letter. */
class HeaderFieldTest {

    private static final Map<HeaderField, String> PRINTED = new EnumMap<>(Map.ofEntries(
            Map.entry(HeaderField.NAME, "ชื่อโครงการ/กิจกรรม"),
            Map.entry(HeaderField.CODE, "รหัสโครงการ..."),
            Map.entry(HeaderField.FISCAL_YEAR, "ปีงบประมาณ พ.ศ."),
            Map.entry(HeaderField.START_DATE, "วันที่เริ่มต้นโครงการ"),
            Map.entry(HeaderField.END_DATE, "สิ้นสุดโครงการ"),
            Map.entry(HeaderField.BUDGET_RECEIVED, "งบประมาณที่ได้รับ"),
            Map.entry(HeaderField.BUDGET_SPENT, "งบประมาณที่ใช้ไป"),
            Map.entry(HeaderField.AGENCY, "หน่วยงานที่รับผิดชอบ."),
            Map.entry(HeaderField.RESPONSIBLE, "ชื่อผู้รับผิดชอบ..."),
            Map.entry(HeaderField.COORDINATOR, "ผู้ประสานงาน สยป"),
            Map.entry(HeaderField.SUB_ISSUE, "ประเด็นยุทธศา ย่อย"),
            Map.entry(HeaderField.ISSUE, "ประเด็นยุทธศาสตร์"),
            Map.entry(HeaderField.GOAL, "เป้าหมาย"),
            Map.entry(HeaderField.INDICATOR, "ตัวชี้วัด")));

    /** The first letter as OCR gives it (ป as บ, ต as ด, ช as ซ), where the label starts with one it confuses. */
    private static final Map<HeaderField, String> MISREAD = new EnumMap<>(Map.of(
            HeaderField.NAME, "ซื่อโครงการ/กิจกรรม",
            HeaderField.FISCAL_YEAR, "บีงบประมาณ พ.ศ.",
            HeaderField.ISSUE, "บระเด็นยุทธศาสตร์",
            HeaderField.INDICATOR, "ดัวชี้วัด"));

    private final Pattern label = HeaderField.anyLabel();

    @Test
    void everyLabelIsFoundAfterTextOnTheLine() {
        assertEquals(HeaderField.values().length, PRINTED.size(), "a printed spelling for each field");
        PRINTED.forEach((field, printed) -> assertEquals(field, found("ข้อความ " + printed + " : ค่า"), printed));
    }

    @Test
    void aMisreadFirstLetterStillNamesItsField() {
        MISREAD.forEach((field, printed) -> assertEquals(field, found(printed + " : ค่า"), printed));
    }

    private HeaderField found(String line) {
        Matcher m = label.matcher(line);
        assertTrue(m.find(), () -> "no label in " + line);
        for (HeaderField f : HeaderField.values()) {
            if (m.group(f.group()) != null) {
                return f;
            }
        }
        throw new AssertionError("no field group in " + line);
    }
}
