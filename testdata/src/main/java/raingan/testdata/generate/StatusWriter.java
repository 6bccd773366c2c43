package raingan.testdata.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import raingan.model.CitedDocument;
import raingan.model.StatusCategory;

/**
 * Writes each entry's status text from its category and progress, citing letters, orders and
 * announcements dated before the entry. Templates mark a citation with {@code {LETTER}},
 * {@code {ORDER}}, {@code {ANN}} (a procurement announcement), {@code {ANN_COVID}} or
 * {@code {ANN_MOPH}}.
 */
final class StatusWriter {

    private static final List<String> NOT_STARTED = List.of("ยังไม่ได้ดำเนินการ",
            "ยังไม่ได้ดำเนินการ เนื่องจากอยู่ระหว่างรอการจัดสรรงบประมาณ", "ยังไม่เริ่มดำเนินการ",
            "ยังไม่ได้ดำเนินการ อยู่ระหว่างรอการอนุมัติเงินประจำงวด");

    private static final List<String> PREPARING_WORKS = List.of("อยู่ระหว่างขั้นตอนการประสานงาน",
            "อยู่ระหว่างสำรวจและออกแบบ", "อยู่ระหว่างจัดทำรายละเอียดและขอบเขตของงาน (TOR)", "อยู่ระหว่างจัดทำราคากลาง");

    private static final List<String> PREPARING_ACTIVITY = List.of("อยู่ระหว่างขั้นตอนการประสานงาน",
            "อยู่ระหว่างจัดทำรายละเอียดโครงการ", "อยู่ระหว่างขออนุมัติโครงการ");

    private static final List<String> PROCURING = List.of("อยู่ระหว่างขออนุมัติจัดจ้าง",
            "อยู่ระหว่างดำเนินการจัดหาผู้รับจ้างด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "อยู่ระหว่างประกาศประกวดราคา ตาม{ANN}", "อยู่ระหว่างพิจารณาผลการประกวดราคา");

    private static final List<String> CONTRACTING = List.of("ลงนามในสัญญาแล้ว",
            "ลงนามในสัญญาแล้ว อยู่ระหว่างส่งมอบพื้นที่ให้ผู้รับจ้าง",
            "ได้รับอนุมัติให้จ้าง ตาม{LETTER} อยู่ระหว่างจัดทำสัญญา",
            "แต่งตั้งคณะกรรมการตรวจรับพัสดุแล้ว ตาม{ORDER}");

    private static final List<String> APPROVED_ACTIVITY = List.of("ได้รับอนุมัติโครงการแล้ว ตาม{LETTER}",
            "แต่งตั้งคณะทำงานแล้ว ตาม{ORDER} อยู่ระหว่างดำเนินการ", "อยู่ระหว่างจัดเตรียมสถานที่และวิทยากร");

    private static final List<String> SUSPENDED = List.of("ขอชะลอโครงการ", "ชะลอการดำเนินการโครงการฯ",
            "ชะลอการดำเนินการ เนื่องจากอยู่ระหว่างทบทวนรายละเอียดโครงการ", "ชะลอการดำเนินการ ตาม{LETTER}");

    private static final List<String> SUSPENDED_COVID = List.of(
            "ชะลอการดำเนินการโครงการฯ ตามประกาศ ดังต่อไปนี้ 1. {ANN_COVID} 2. {ANN_MOPH} โดยจะกลับมาดำเนินการโครงการฯ"
                    + " อีกครั้งเมื่อสถานการณ์ของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19) เข้าสู่ภาวะปกติ",
            "ขอชะลอการดำเนินการ เนื่องจากสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)");

    private static final List<String> CANCELLED = List.of("ยกเลิกโครงการ เนื่องจากได้รับจัดสรรงบประมาณไม่เพียงพอ",
            "ยกเลิกโครงการ เนื่องจากพื้นที่ดำเนินการซ้ำซ้อนกับโครงการของหน่วยงานอื่น",
            "ยกเลิกโครงการ ตาม{LETTER}",
            "ยกเลิกโครงการ เนื่องจาก 1. ปลัดกรุงเทพมหานครได้โปรดเห็นชอบให้ทุกหน่วยงานชะลอการดำเนินการงบประมาณรายจ่าย"
                    + "ประจำปีงบประมาณ พ.ศ. {be} ที่ยังไม่ก่อหนี้ผูกพันไว้ก่อน รายละเอียดปรากฏตาม{LETTER}"
                    + " 2. ปลัดกรุงเทพมหานครได้โปรดเห็นชอบให้ยกเลิกกิจกรรมที่อยู่ระหว่างการดำเนินการ รายละเอียดปรากฏตาม{LETTER}",
            "ยกเลิกโครงการ เนื่องจากโอนงบประมาณไปดำเนินการแก้ไขปัญหาเร่งด่วน ตาม{ORDER}");

    private static final List<String> COMPLETED_WORKS = List.of("ดำเนินการแล้วเสร็จ",
            "ดำเนินการแล้วเสร็จ ตรวจรับงานงวดสุดท้ายแล้ว", "ดำเนินการแล้วเสร็จตามสัญญา");

    private static final List<String> COMPLETED_ACTIVITY = List.of("ดำเนินการแล้วเสร็จ",
            "ดำเนินการแล้วเสร็จ ครบตามเป้าหมาย", "ดำเนินการจัดกิจกรรมแล้วเสร็จ");

    private static final LocalDate MOPH_ANNOUNCED = LocalDate.of(2020, 2, 26);
    private static final String MOPH_SUBJECT = "ชื่อและอาการสำคัญของโรคติดต่ออันตราย (ฉบับที่ 3) พ.ศ. 2563";
    private static final String COVID_SUBJECT =
            "มาตรการควบคุมและป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)";

    void write(Draft d) {
        Citations citations = new Citations(d);
        EntryDraft previous = null;
        String previousTemplate = null;
        for (EntryDraft e : d.entries) {
            if (e.empty) {
                continue;
            }
            List<String> pool = pool(d, e);
            String template = d.pick.one(pool);
            if (previous != null && previous.category == e.category && pool.contains(previousTemplate)
                    && d.pick.chance(0.5)) {
                // Officers often copy last month's status unchanged.
                e.status = previous.status;
                e.cited = new ArrayList<>(previous.cited);
            } else {
                write(d, citations, e, template);
            }
            e.printedStatus = e.status;
            previous = e;
            previousTemplate = template;
        }
    }

    private static List<String> pool(Draft d, EntryDraft e) {
        boolean works = d.theme.works();
        return switch (e.category) {
            case NOT_STARTED -> NOT_STARTED;
            case COMPLETED -> works ? COMPLETED_WORKS : COMPLETED_ACTIVITY;
            case CANCELLED -> CANCELLED;
            case SUSPENDED -> covid(e.intended) ? concat(SUSPENDED, SUSPENDED_COVID) : SUSPENDED;
            case IN_PROGRESS, OTHER -> inProgress(d, e.progress);
        };
    }

    private static List<String> inProgress(Draft d, BigDecimal progress) {
        double p = progress.doubleValue();
        if (d.theme.works()) {
            if (p < 10) {
                return PREPARING_WORKS;
            } else if (p < 25) {
                return d.theme.subjects().isEmpty() ? PROCURING.subList(0, 2) : PROCURING;
            } else if (p < 35) {
                return CONTRACTING;
            }
            return d.theme.working();
        }
        if (p < 10) {
            return PREPARING_ACTIVITY;
        } else if (p < 30) {
            return APPROVED_ACTIVITY;
        }
        return d.theme.working();
    }

    /** Statuses of 2563–2564 cite the COVID-19 announcements once they exist. */
    private static boolean covid(LocalDate date) {
        return date.isAfter(MOPH_ANNOUNCED.plusDays(10)) && date.getYear() <= 2021;
    }

    private static void write(Draft d, Citations citations, EntryDraft e, String template) {
        List<CitedDocument> cited = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                text.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            text.append(template, i, open);
            String slot = template.substring(open + 1, close);
            Citations.Cited c = cite(d, citations, e, slot);
            if (c != null) {
                text.append(c.text());
                cited.add(c.document());
            } else {
                text.append(d.slots.fill("{" + slot + "}", Map.of("k", Integer.toString(instalment(d, e)),
                        "k1", Integer.toString(instalment(d, e) + 1))));
            }
            i = close + 1;
        }
        e.status = text.toString();
        e.cited = cited;
    }

    private static Citations.Cited cite(Draft d, Citations citations, EntryDraft e, String slot) {
        LocalDate before = e.intended.minusDays(d.pick.between(2, 45));
        return switch (slot) {
            case "LETTER" -> citations.letter(before);
            case "ORDER" -> citations.order(before);
            case "ANN" -> citations.announcement(before, d.slots.fill(d.pick.one(d.theme.subjects())));
            case "ANN_COVID" -> citations.announcement(before, "กรุงเทพมหานคร", COVID_SUBJECT);
            case "ANN_MOPH" -> citations.announcement(MOPH_ANNOUNCED, "กระทรวงสาธารณสุข", MOPH_SUBJECT);
            default -> null;
        };
    }

    /** Which instalment (งวดที่) or session the work has reached. */
    private static int instalment(Draft d, EntryDraft e) {
        int from = d.theme.works() ? 35 : 30;
        return Math.max(1, 1 + (e.progress.intValue() - from) / 20);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
