package raingan.testdata.print;

/**
 * The fixed words of the form: its title, section headings, field labels and the phrases of a
 * progress entry, as both layouts print them.
 */
public final class FormText {

    private FormText() {
    }

    public static final String TITLE = "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ";
    public static final String SECTION_1 = "1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ";
    public static final String SECTION_1_1 = "1.1 รหัสโครงการและชื่อโครงการ";
    public static final String SECTION_1_2 = "1.2 หน่วยงานที่รับผิดชอบ";
    public static final String SECTION_1_3 = "1.3 หลักการและเหตุผล";
    public static final String SECTION_1_4 = "1.4 วัตถุประสงค์ของโครงการ";
    public static final String SECTION_1_5 = "1.5 เป้าหมายของโครงการ";
    public static final String SECTION_1_6 =
            "1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผนฯ /ตัวชี้วัด)";
    public static final String SECTION_2 = "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ";

    public static final String NAME = "ชื่อโครงการ/กิจกรรม";
    public static final String FISCAL_YEAR = "ปีงบประมาณ พ.ศ.";
    public static final String START = "เริ่มต้นโครงการ";
    public static final String END = "สิ้นสุดโครงการ";
    public static final String RECEIVED = "งบประมาณที่ได้รับ";
    public static final String SPENT = "งบประมาณที่ใช้ไป";
    public static final String COORDINATOR = "ผู้ประสานงาน สยป";
    public static final String ISSUE = "ประเด็นยุทธศาสตร์";
    public static final String SUB_ISSUE = "ประเด็นยุทธศาสตร์ย่อย";
    public static final String GOAL = "เป้าหมายที่";
    public static final String BAHT = "บาท";

    public static final String ENTRY = "รายงานครั้งที่";
    public static final String PROGRESS = "ความก้าวหน้าของงานฯ";
    public static final String DISBURSED = "งบประมาณที่เบิกใช้";

    public static final String CERTIFY =
            "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ";
    public static final String SIGNED = "ลงชื่อ.....(ผู้รับผิดชอบโครงการ)";
    public static final String POSITION = "ตำแหน่ง .....";
    public static final String DOTS = ".....";

    /** Labels whose text export carries leader dots ({@code รหัสโครงการ...}) in the seed's style. */
    public static String code(boolean seed) {
        return seed ? "รหัสโครงการ..." : "รหัสโครงการ";
    }

    public static String agency(boolean seed) {
        return seed ? "หน่วยงานที่รับผิดชอบ." : "หน่วยงานที่รับผิดชอบ";
    }

    public static String responsible(boolean seed) {
        return seed ? "ชื่อผู้รับผิดชอบ..." : "ชื่อผู้รับผิดชอบ";
    }

    public static String indicator(boolean seed) {
        return seed ? "ตัวชี้วัด..." : "ตัวชี้วัด";
    }

    public static String targets(boolean seed) {
        return seed ? SECTION_1_5 + ".." : SECTION_1_5;
    }

    /** {@code :: ความก้าวหน้าของงานฯ = 6.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 7) = 0 บาท}. */
    public static String progressLine(PrintedEntry e) {
        return ":: " + PROGRESS + " = " + e.progress() + " % : " + DISBURSED + " (ครั้งที่ " + e.disbursementNo()
                + ") = " + e.disbursed() + " " + BAHT;
    }

    /** {@code :: 15/10/2562 : อยู่ระหว่างขั้นตอนการประสานงาน}. */
    public static String statusLine(PrintedEntry e) {
        return ":: " + e.date() + " : " + e.status();
    }
}
