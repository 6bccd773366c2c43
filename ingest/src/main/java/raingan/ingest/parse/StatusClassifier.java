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

    /**
     * The decisive categories' cues as one alternation, a group each, in order of precedence:
     * one search finds the first decisive word, where a search per category read the status
     * four times. At a position where two cues match, the one listed first wins.
     */
    private static final List<StatusCategory> DECISIVE = List.of(StatusCategory.NOT_STARTED,
            StatusCategory.CANCELLED, StatusCategory.SUSPENDED, StatusCategory.COMPLETED);
    private static final Pattern DECISIVE_CUE = Pattern.compile(
            // A look-ahead for the cues' first letters makes most positions fail at once.
            "(?=[ยชรพหแเด])(?:"
            + "(ยัง\\s*ไม่\\s*(?:ได้\\s*)?(?:ดำเนินการ|เริ่ม))"
            + "|(ยกเลิก)"
            + "|(ชะลอ|ระงับ|พักการ|หยุดการดำเนิน)"
            + "|(" + notNegated("แล้ว") + "\\s*เสร็จ|" + notNegated("เสร็จ") + "\\s*(?:สิ้น|สมบูรณ์)|"
            + notNegated("ดำเนินการ") + "\\s*เสร็จ))");

    private static final Pattern WORK = Pattern.compile("(?=[อดลสตจปกเรงแคว])(?:"
            + "อยู่\\s*ระหว่าง|ดำเนิน|ลงนาม|สัญญา|ตรวจ\\s*รับ|จัด\\s*(?:ซื้อ|จ้าง|ทำ|หา)|ประสาน|ก่อสร้าง|ติดตั้ง|เบิก|"
            + "ประชุม|อนุมัติ|เสนอ|ส่งมอบ|รอ|ประกาศ|งวด|ปรับปรุง|ออกแบบ|สำรวจ|อบรม|เดินทาง|แต่งตั้ง|คัดเลือก|"
            + "ว่าจ้าง|ประกวด|ประเมิน|เตรียม|ร่าง|ลงพื้นที่|แล้ว)");

    /**
     * {@code word} where no ไม่ stands before it (ไม่แล้วเสร็จ is not completion). The look-behinds
     * follow the word, so that they are tried only where the word is, not at every position.
     */
    private static String notNegated(String word) {
        return word + "(?<!ไม่" + word + ")(?<!ไม่\\s" + word + ")";
    }

    StatusCategory classify(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        Matcher m = DECISIVE_CUE.matcher(status);
        if (m.find()) {
            for (int g = 1; g <= DECISIVE.size(); g++) {
                if (m.group(g) != null) {
                    return DECISIVE.get(g - 1);
                }
            }
        }
        return WORK.matcher(status).find() ? StatusCategory.IN_PROGRESS : StatusCategory.OTHER;
    }
}
