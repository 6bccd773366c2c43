package raingan.ingest.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import raingan.model.StatusCategory;

/**
 * What a status text says of the work. A status often explains itself with words of
 * another category ({@code ยกเลิกโครงการ เนื่องจาก … ชะลอการดำเนินการ …}), so the decisive
 * word is the first one of a decisive category; only then does work under way count.
 */
final class StatusClassifier {

    private record Cue(StatusCategory category, Pattern pattern) {
    }

    // Cues that open with a choice of words or a look-behind are tried at every position of the
    // status: a look-ahead for their first letters first makes most positions fail at once.
    private static final List<Cue> DECISIVE = List.of(
            new Cue(StatusCategory.NOT_STARTED, Pattern.compile("ยัง\\s*ไม่\\s*(?:ได้\\s*)?(?:ดำเนินการ|เริ่ม)")),
            new Cue(StatusCategory.CANCELLED, Pattern.compile("ยกเลิก")),
            new Cue(StatusCategory.SUSPENDED, Pattern.compile("(?=[ชรพห])(?:ชะลอ|ระงับ|พักการ|หยุดการดำเนิน)")),
            new Cue(StatusCategory.COMPLETED, Pattern.compile(
                    "(?=[แเด])(?<!ไม่)(?<!ไม่\\s)(?:แล้ว\\s*เสร็จ|เสร็จ\\s*สิ้น|เสร็จ\\s*สมบูรณ์|ดำเนินการ\\s*เสร็จ)")));

    private static final Pattern WORK = Pattern.compile(
            "อยู่\\s*ระหว่าง|ดำเนิน|ลงนาม|สัญญา|ตรวจ\\s*รับ|จัด\\s*(?:ซื้อ|จ้าง|ทำ|หา)|ประสาน|ก่อสร้าง|ติดตั้ง|เบิก|"
            + "ประชุม|อนุมัติ|เสนอ|ส่งมอบ|รอ|ประกาศ|งวด|ปรับปรุง|ออกแบบ|สำรวจ|อบรม|เดินทาง|แต่งตั้ง|คัดเลือก|"
            + "ว่าจ้าง|ประกวด|ประเมิน|เตรียม|ร่าง|ลงพื้นที่|แล้ว");

    StatusCategory classify(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        StatusCategory best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Cue cue : DECISIVE) {
            Matcher m = cue.pattern().matcher(status);
            if (m.find() && m.start() < bestAt) {
                best = cue.category();
                bestAt = m.start();
            }
        }
        if (best != null) {
            return best;
        }
        return WORK.matcher(status).find() ? StatusCategory.IN_PROGRESS : StatusCategory.OTHER;
    }
}
