package raingan.batch.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded generator of BMA project progress reports in the seed's text layout
 * ({@code shared/corpus/seed/*.txt}): the same seed always gives the same texts.
 * Varies projects, agencies, people, date styles (ISO, d/m/BE, Thai month names, Thai
 * digits), budgets, statuses and the number of report entries, with some of the damage
 * real exports carry (decomposed sara am, Thai digits, stray markup).
 */
final class ThaiReportGenerator {

    private static final String[] WORKS = {
        "ก่อสร้างเขื่อนป้องกันตลิ่งริมคลอง", "ปรับปรุงผิวจราจรและทางเท้า", "ขุดลอกคูคลองและท่อระบายน้ำ",
        "ติดตั้งไฟฟ้าแสงสว่างในซอย", "พัฒนาศูนย์บริการสาธารณสุข", "ฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน",
        "ส่งเสริมการคัดแยกขยะมูลฝอยในชุมชน", "ปลูกต้นไม้เพิ่มพื้นที่สีเขียว", "จัดหาครุภัณฑ์การศึกษาโรงเรียนสังกัดกรุงเทพมหานคร",
        "ปรับปรุงสวนสาธารณะ", "ก่อสร้างสะพานคนเดินข้าม", "พัฒนาระบบสารสนเทศเพื่อการบริหาร",
        "แลกเปลี่ยนการเดินทางเยือนระหว่างผู้บริหารเมืองที่เมืองน้อง", "รณรงค์ป้องกันโรคไข้เลือดออก",
        "ติดตั้งกล้องโทรทัศน์วงจรปิด", "ซ่อมแซมอาคารศูนย์เยาวชน"};
    private static final String[] PLACES = {
        "เขตบางกะปิ", "เขตลาดพร้าว", "เขตหนองจอก", "เขตบางขุนเทียน", "เขตดินแดง", "เขตจตุจักร", "เขตสาทร",
        "เขตคลองเตย", "เขตมีนบุรี", "เขตบางรัก", "เขตพระนคร", "เขตตลิ่งชัน", "เขตห้วยขวาง", "เขตดอนเมือง"};
    private static final String[][] AGENCIES = {
        {"สำนักการโยธา", "สำนักงานก่อสร้างและบูรณะ", "กองควบคุมการก่อสร้าง"},
        {"สำนักการระบายน้ำ", "สำนักงานระบบควบคุมน้ำท่วม", "ส่วนระบบคลอง"},
        {"สำนักอนามัย", "กองควบคุมโรคติดต่อ", "กลุ่มงานควบคุมโรคติดต่อทั่วไป"},
        {"สำนักสิ่งแวดล้อม", "สำนักงานสวนสาธารณะ", "ส่วนสวนสาธารณะ 1"},
        {"สำนักการศึกษา", "กองคลัง", "ฝ่ายพัสดุ"},
        {"สำนักปลัดกรุงเทพมหานคร", "สำนักงานการต่างประเทศ", "ส่วนส่งเสริมความสัมพันธ์ระหว่างเมือง"},
        {"สำนักป้องกันและบรรเทาสาธารณภัย", "สำนักงานป้องกันและบรรเทาสาธารณภัย", "ส่วนฝึกอบรม"}};
    private static final String[] TITLES = {"นาย", "นาง", "นางสาว", "ดร.", "ว่าที่ร.ต."};
    private static final String[] FIRST = {"สมชาย", "พลอยนภัส", "วิมลพรรณ", "ธนพล", "กัญญารัตน์", "ศุภชัย",
        "อรุณี", "ประเสริฐ", "จิราพร", "วีระพงษ์", "สุนันทา", "ชัยวัฒน์", "ปิยะนุช", "ณัฐวุฒิ"};
    private static final String[] LAST = {"ใจดี", "พัฒนธัญ", "พิมสาร", "ศรีสุข", "วงศ์สวัสดิ์", "ทองคำ",
        "บุญมา", "แก้วประเสริฐ", "รัตนพันธ์", "สุขเจริญ", "มั่นคง", "เพชรรัตน์"};
    private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    private static final String[] MONTHS_SHORT = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.",
        "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final String[] RATIONALE = {
        "พื้นที่ดังกล่าวประสบปัญหาน้ำท่วมขังในช่วงฤดูฝนเป็นประจำ ส่งผลกระทบต่อการสัญจรและความเป็นอยู่ของประชาชน",
        "ประชาชนในชุมชนได้ร้องเรียนผ่านสำนักงานเขตเกี่ยวกับสภาพทางเท้าที่ชำรุดและไม่ปลอดภัย",
        "กรุงเทพมหานครมีนโยบายเพิ่มพื้นที่สีเขียวให้ได้ 10 ตารางเมตรต่อคนตามแผนพัฒนากรุงเทพมหานครระยะ 20 ปี",
        "ปริมาณขยะมูลฝอยที่เพิ่มขึ้นทุกปีทำให้ค่าใช้จ่ายในการเก็บขนและกำจัดสูงขึ้นอย่างต่อเนื่อง",
        "ครุภัณฑ์เดิมมีอายุการใช้งานเกินกว่า 10 ปี ชำรุดเสียหายและไม่เพียงพอต่อจำนวนนักเรียน",
        "สถิติผู้ป่วยโรคไข้เลือดออกในพื้นที่สูงกว่าค่ามัธยฐานย้อนหลัง 5 ปี"};
    private static final String[] OBJECTIVES = {
        "เพื่อแก้ไขปัญหาน้ำท่วมขังและบรรเทาความเดือดร้อนของประชาชน", "เพื่อให้ประชาชนสัญจรได้อย่างสะดวกและปลอดภัย",
        "เพื่อเพิ่มพื้นที่สีเขียวและพื้นที่พักผ่อนหย่อนใจ", "เพื่อลดปริมาณขยะมูลฝอยที่ต้นทาง",
        "เพื่อพัฒนาคุณภาพการศึกษาของนักเรียน", "เพื่อเฝ้าระวังและควบคุมการระบาดของโรค",
        "เพื่อเพิ่มประสิทธิภาพการให้บริการประชาชน"};
    private static final String[] TARGETS = {
        "ก่อสร้างเขื่อนความยาวรวม 1,200 เมตร", "ปรับปรุงผิวจราจรพื้นที่ไม่น้อยกว่า 8,500 ตารางเมตร",
        "ปลูกต้นไม้ยืนต้นจำนวน 2,000 ต้น", "ชุมชนเข้าร่วมโครงการ 30 ชุมชน", "จัดหาครุภัณฑ์ 45 รายการ",
        "ผู้เข้ารับการฝึกอบรม 250 คน", "ติดตั้งกล้อง 120 จุด"};
    private static final String[] IN_PROGRESS = {
        "อยู่ระหว่างขั้นตอนการประสานงาน", "อยู่ระหว่างจัดทำรายละเอียดคุณลักษณะเฉพาะ", "อยู่ระหว่างดำเนินการจัดซื้อจัดจ้าง",
        "ลงนามในสัญญาแล้ว", "ตรวจรับงานงวดที่ 1 แล้ว", "อยู่ระหว่างการก่อสร้าง", "อยู่ระหว่างประกาศประกวดราคา"};

    private final long seed;

    ThaiReportGenerator(long seed) {
        this.seed = seed;
    }

    /** Report number {@code i}: the same (seed, i) always gives the same text. */
    String report(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        int be = 2561 + r.nextInt(7);
        String work = pick(r, WORKS);
        String place = pick(r, PLACES);
        String[] agency = AGENCIES[r.nextInt(AGENCIES.length)];
        StringBuilder sb = new StringBuilder("\n\n**\\*\\* แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ \\*\\***\n\n");
        sb.append("**1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ**\n\n**1.1 รหัสโครงการและชื่อโครงการ**\n\n");
        sb.append("ชื่อโครงการ/กิจกรรม : ").append(1 + r.nextInt(9)).append('.').append(1 + r.nextInt(9))
                .append(" โครงการ").append(work).append(' ').append(place).append("\n\n");
        sb.append("รหัสโครงการ... : ").append(String.format(Locale.ROOT, "%08d-%04d", r.nextInt(100_000_000), r.nextInt(10_000)))
                .append("\n\n");
        sb.append("ปีงบประมาณ พ.ศ. : ").append(r.nextInt(6) == 0 ? thaiDigits(Integer.toString(be)) : be).append("\n\n");
        int startMonth = 10 + r.nextInt(3);
        sb.append("เริ่มต้นโครงการ : ").append(date(r, 1 + r.nextInt(28), startMonth, be - 1)).append("\n\n");
        long received = (long) (r.nextInt(900) + 10) * 10_000L;
        sb.append("งบประมาณที่ได้รับ : ").append(String.format(Locale.ROOT, "%,d", received)).append(r.nextBoolean() ? ".00" : "")
                .append(" บาท\n\n");
        sb.append("สิ้นสุดโครงการ : ").append(date(r, 1 + r.nextInt(28), 6 + r.nextInt(4), be)).append("\n\n");
        long spent = received * r.nextInt(101) / 100;
        sb.append("งบประมาณที่ใช้ไป : ").append(String.format(Locale.ROOT, "%,d", spent)).append(" บาท\n\n");
        sb.append("**1.2 หน่วยงานที่รับผิดชอบ**\n\n");
        sb.append("หน่วยงานที่รับผิดชอบ. : ").append(String.join(" / ", agency)).append("\n\n");
        sb.append("ชื่อผู้รับผิดชอบ... : ").append(person(r)).append(r.nextBoolean() ? " " + (1000 + r.nextInt(9000)) : "")
                .append("\n\n");
        sb.append("ผู้ประสานงาน สยป : ").append(person(r)).append("\n\n");
        sb.append("**1.3 หลักการและเหตุผล**\n\n");
        for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
            sb.append("- ").append(damage(r, pick(r, RATIONALE))).append("\n\n");
        }
        sb.append("**1.4 วัตถุประสงค์ของโครงการ**\n\n");
        for (int k = 1, n = 1 + r.nextInt(4); k <= n; k++) {
            sb.append(k).append(". ").append(pick(r, OBJECTIVES)).append("\n\n");
        }
        sb.append("**1.5 เป้าหมายของโครงการ..**\n\n");
        for (int k = 1, n = 1 + r.nextInt(3); k <= n; k++) {
            sb.append(k).append(". ").append(pick(r, TARGETS)).append("\n\n");
        }
        sb.append("**1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผนฯ /ตัวชี้วัด)**\n\n");
        int issue = 1 + r.nextInt(7);
        sb.append("ประเด็นยุทธศาสตร์ : ด้านที่ ").append(thaiDigits(Integer.toString(issue)))
                .append(" ? มหานครปลอดภัย : Safe City\n\n");
        sb.append("ประเด็นยุทธศา ย่อย : ").append(thaiDigits(issue + ".1")).append(" - ลดความเสี่ยงจากภัยพิบัติ\n\n");
        sb.append("เป้าหมายที่ : ").append(thaiDigits(issue + ".1.1")).append(" ประชาชนปลอดภัยจากอุทกภัย\n\n");
        sb.append("ตัวชี้วัด... : มิติที่ 1. ร้อยละความสำเร็จของการดำเนินโครงการตามแผน\n\n");
        sb.append("**2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ**\n\n");
        double progress = 0;
        int entries = 1 + r.nextInt(8);
        for (int k = 1; k <= entries; k++) {
            progress = Math.min(100, progress + r.nextInt(25));
            int month = (startMonth + k - 1) % 12 + 1;
            int year = month >= 10 ? be - 1 : be;
            String status = k == entries && progress >= 100 ? "ดำเนินการแล้วเสร็จ"
                    : r.nextInt(12) == 0 ? "ชะลอการดำเนินการโครงการฯ" : pick(r, IN_PROGRESS);
            if (r.nextInt(15) == 0) {
                status = "<input type=\"checkbox\"/> " + status + " ตามหนังสือ ที่ กท " + (1000 + r.nextInt(9000)) + "/"
                        + String.format(Locale.ROOT, "%05d", r.nextInt(100_000)) + " ลงวันที่ " + (1 + r.nextInt(28)) + " "
                        + MONTHS[month - 1] + " " + year;
            }
            sb.append("รายงานครั้งที่").append(k).append("\t:: ").append(1 + r.nextInt(28)).append('/').append(month)
                    .append('/').append(year).append(" : ").append(status)
                    .append(String.format(Locale.ROOT, " :: ความก้าวหน้าของงานฯ = %.2f %% : งบประมาณที่เบิกใช้ (ครั้งที่ %d) = %,d บาท",
                            progress, k, spent * k / entries))
                    .append(r.nextInt(5) == 0 ? "\t: ไม่เป็นไปตามแผน" : "\t: เป็นไปตามแผน")
                    .append("\t: เป็นไปตามเป้าหมาย\n");
        }
        sb.append("\nขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ\n\n");
        sb.append("ลงชื่อ.....(ผู้รับผิดชอบโครงการ)\n\nตำแหน่ง .....\n");
        return sb.toString();
    }

    /** The report as lines of at most {@code width} characters, for laying out on PDF pages. */
    List<String> lines(int i, int width) {
        List<String> lines = new ArrayList<>();
        for (String line : report(i).split("\n")) {
            String l = line.replace("\t", " ").replace("*", "").replace("\\", "");
            while (l.length() > width) {
                int cut = l.lastIndexOf(' ', width);
                cut = cut <= 0 ? width : cut;
                lines.add(l.substring(0, cut));
                l = l.substring(cut).strip();
            }
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static String person(Random r) {
        return pick(r, TITLES) + pick(r, FIRST) + " " + pick(r, LAST);
    }

    private static String date(Random r, int day, int month, int be) {
        return switch (r.nextInt(5)) {
            case 0 -> String.format(Locale.ROOT, "%04d-%02d-%02d 00:00:00", be - 543, month, day);
            case 1 -> day + "/" + month + "/" + be;
            case 2 -> day + " " + MONTHS[month - 1] + " " + be;
            case 3 -> day + " " + MONTHS_SHORT[month - 1] + " " + (be % 100);
            default -> thaiDigits(Integer.toString(day)) + " " + MONTHS_SHORT[month - 1] + " "
                    + thaiDigits(Integer.toString(be));
        };
    }

    /** Sometimes writes sara am decomposed (ํ + า), as Tesseract and the BMA system's pages do. */
    private static String damage(Random r, String text) {
        return r.nextInt(4) == 0 ? text.replace("ำ", "\u0e4d\u0e32") : text;
    }

    static String thaiDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return sb.toString();
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
