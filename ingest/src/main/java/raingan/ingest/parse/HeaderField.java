package raingan.ingest.parse;

import java.util.regex.Pattern;

/**
 * The labelled fields of sections 1.1, 1.2 and 1.6, each with the label spellings seen in
 * prints and OCR output ({@code รหัสโครงการ...}, {@code ประเด็นยุทธศา ย่อย}). Order matters:
 * where one label is a prefix of another, the longer comes first.
 */
enum HeaderField {
    // OCR reads ช as ซ: ชื่อ comes out as ซื้อ or ซือ.
    NAME("[ชซ]ื่อ\\s*โครงการ\\s*(?:/\\s*กิจกรรม)?", true, "ชื่อโครงการ/กิจกรรม"),
    CODE("รหัส\\s*โครงการ", false, "รหัสโครงการ"),
    FISCAL_YEAR("ปี\\s*งบ\\s*ประมาณ(?:\\s*(?:พ\\s*\\.?\\s*ศ\\s*\\.?))?", false, "ปีงบประมาณพ.ศ."),
    START_DATE("(?:วันที่\\s*)?เริ่ม\\s*ต้น\\s*โครงการ", false, "เริ่มต้นโครงการ"),
    END_DATE("(?:วันที่\\s*)?สิ้น\\s*สุด\\s*โครงการ", false, "สิ้นสุดโครงการ"),
    BUDGET_RECEIVED("งบ\\s*ประมาณ\\s*ที่\\s*ได้\\s*รับ", false, "งบประมาณที่ได้รับ"),
    BUDGET_SPENT("งบ\\s*ประมาณ\\s*ที่\\s*ใช้\\s*ไป", false, "งบประมาณที่ใช้ไป"),
    AGENCY("หน่วย\\s*งาน\\s*ที่\\s*รับ\\s*ผิด\\s*ชอบ", true, "หน่วยงานที่รับผิดชอบ"),
    RESPONSIBLE("[ชซ]ื่อ\\s*ผู้\\s*รับ\\s*ผิด\\s*ชอบ(?:\\s*โครงการ)?", false, "ชื่อผู้รับผิดชอบ"),
    COORDINATOR("ผู้\\s*ประสาน\\s*งาน(?:\\s*สยป\\.?)?", false, "ผู้ประสานงานสยป"),
    // OCR drops letters inside ยุทธศาสตร์ and splits it (the seed has ประเด็นยุทธศา ย่อย).
    SUB_ISSUE("ประเด็น\\s*ยุทธ[\\u0E00-\\u0E7F]{0,8}\\s?[\\u0E00-\\u0E7F]{0,4}?\\s*ย่อย", true, "ประเด็นยุทธศาสตร์ย่อย"),
    ISSUE("ประเด็น\\s*ยุทธ[\\u0E00-\\u0E7F]{0,8}", true, "ประเด็นยุทธศาสตร์"),
    GOAL("เป้า\\s*หมาย\\s*(?:ที่)?", true, "เป้าหมายที่"),
    INDICATOR("ตัว\\s*[ชข]ี้\\s*วัด", true, "ตัวชี้วัด");

    private static final String FIRST_LETTERS = "[ชซรปบวเสงหผตด]";

    private final String label;
    private final boolean wraps;
    private final String printed;

    HeaderField(String label, boolean wraps, String printed) {
        this.label = label;
        this.wraps = wraps;
        this.printed = printed;
    }

    /** The label as the system prints it, without its spaces, dots and colon. */
    String printed() {
        return printed;
    }

    /** The label's pattern, without the separator that follows it. */
    String label() {
        return label;
    }

    /** True for free-text values that a print may wrap onto following lines. */
    boolean wraps() {
        return wraps;
    }

    /** Any label followed by its dots and a colon (or a tab, as a table cell gives). */
    static Pattern anyLabel() {
        StringBuilder sb = new StringBuilder();
        for (HeaderField f : values()) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("(?<").append(f.group()).append('>').append(f.label).append(')');
        }
        // OCR reads the colon as a dot or comma: " . " after a label is a separator too. The
        // look-ahead holds the labels' first letters and those OCR reads them as (OcrTolerance):
        // most positions of a line then fail before fourteen alternatives are tried.
        return OcrTolerance.compile("(?=" + FIRST_LETTERS + ")(?:" + sb + ")(?:[ \\t]*[.…]*[ ]*[:;：]|\\t|[ ]+[.,]{1,3}[ ]+)");
    }

    String group() {
        return "f" + ordinal();
    }
}
