package raingan.testdata.generate;

import java.time.LocalDate;
import java.util.List;
import raingan.model.CitedDocument;
import raingan.model.CitedKind;

/**
 * Letters, orders and announcements as statuses cite them ({@code หนังสือ ด่วนที่สุด ที่ กท
 * 1902/00555 ลงวันที่ 23 มีนาคม 2563}), each written together with the record a reader takes
 * from it.
 */
final class Citations {

    /** A cited document's printed words and its value. */
    record Cited(String text, CitedDocument document) {
    }

    private static final List<String> OFFICES = List.of("04", "06", "09", "10", "11", "12", "13", "15", "19", "50");

    private final Pick pick;
    private final Draft draft;

    Citations(Draft draft) {
        this.pick = draft.pick;
        this.draft = draft;
    }

    Cited letter(LocalDate date) {
        String number = "กท " + pick.one(OFFICES) + pick.digits(2) + "/" + serial();
        String issuer = pick.chance(0.4) ? draft.agencyParts.get(0) : "";
        String urgency = pick.oneOf("", "", "ด่วนที่สุด ", "ด่วนมาก ");
        String text = "หนังสือ" + issuer + " " + urgency + "ที่ " + number + " ลงวันที่ " + printed(date);
        return new Cited(text, new CitedDocument(CitedKind.LETTER, number, date));
    }

    Cited order(LocalDate date) {
        String number = pick.between(1, 2400) + "/" + (date.getYear() + 543);
        String issuer = pick.chance(0.6) ? "กรุงเทพมหานคร" : draft.agencyParts.get(0);
        String text = "คำสั่ง" + issuer + " ที่ " + number + " ลงวันที่ " + printed(date);
        return new Cited(text, new CitedDocument(CitedKind.ORDER, number, date));
    }

    Cited announcement(LocalDate date, String subject) {
        String issuer = pick.chance(0.7) ? "กรุงเทพมหานคร" : draft.agencyParts.get(0);
        return announcement(date, issuer, subject);
    }

    Cited announcement(LocalDate date, String issuer, String subject) {
        String text = "ประกาศ" + issuer + " เรื่อง " + subject + " ลงวันที่ " + printed(date);
        return new Cited(text, new CitedDocument(CitedKind.ANNOUNCEMENT, null, date));
    }

    private String serial() {
        int digits = pick.between(3, 5);
        String s = Integer.toString(pick.between(1, (int) Math.pow(10, digits) - 1));
        // Registry numbers are often zero-padded to five digits (00555).
        return pick.chance(0.3) ? "0".repeat(Math.max(0, 5 - s.length())) + s : s;
    }

    private String printed(LocalDate date) {
        return (pick.chance(0.85) ? DateStyle.FULL_MONTH : DateStyle.ABBREVIATED).format(date);
    }
}
