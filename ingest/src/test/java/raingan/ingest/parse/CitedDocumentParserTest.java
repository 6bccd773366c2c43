package raingan.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.ingest.parse.date.BuddhistDateParser;
import raingan.model.CitedDocument;
import raingan.model.CitedKind;

class CitedDocumentParserTest {

    private final CitedDocumentParser parser = new CitedDocumentParser(new BuddhistDateParser());

    @Test
    void lettersKeepTheirNumberAndSkipTheUrgencyWord() {
        List<CitedDocument> cited = cited("ยกเลิกโครงการ รายละเอียดปรากฏตามหนังสือ ด่วนที่สุด ที่ กท 1902/00555 "
                + "ลงวันที่ 23 มีนาคม 2563 2. ตามหนังสือ ด่วนที่สุด ที่ กท 0410/709 ลงวันที่ 10 กรกฎาคม 2563");
        assertEquals(List.of(
                new CitedDocument(CitedKind.LETTER, "กท 1902/00555", LocalDate.of(2020, 3, 23)),
                new CitedDocument(CitedKind.LETTER, "กท 0410/709", LocalDate.of(2020, 7, 10))), cited);
    }

    @Test
    void announcementsHaveNoNumberEvenWithAnIssueNumber() {
        List<CitedDocument> cited = cited("ชะลอการดำเนินการ 1. ประกาศกรุงเทพมหานคร เรื่อง มาตรการควบคุม (COVID-19) "
                + "ลงวันที่ 27 กุมภาพันธ์ 2563 2. ประกาศกระทรวงสาธารณสุข เรื่อง ชื่อและอาการสำคัญ (ฉบับที่ 3) พ.ศ. 2563 "
                + "ลงวันที่ 26 กุมภาพันธ์ 2563");
        assertEquals(List.of(
                new CitedDocument(CitedKind.ANNOUNCEMENT, null, LocalDate.of(2020, 2, 27)),
                new CitedDocument(CitedKind.ANNOUNCEMENT, null, LocalDate.of(2020, 2, 26))), cited);
    }

    @Test
    void ordersAndCircularLetters() {
        assertEquals(List.of(new CitedDocument(CitedKind.ORDER, "771/2563", LocalDate.of(2020, 5, 1))),
                cited("แต่งตั้งคณะกรรมการตามคำสั่งกรุงเทพมหานคร ที่ 771/2563 ลงวันที่ 1 พ.ค. 63"));
        assertEquals(List.of(new CitedDocument(CitedKind.LETTER, "มท 0808.2/ว 1234", LocalDate.of(2021, 1, 5))),
                cited("แจ้งตามหนังสือ ที่ มท 0808.2/ว 1234 ลงวันที่ ๕ ม.ค. ๒๕๖๔"));
    }

    @Test
    void aScansNumberIsFoundWhenOcrRanThiIntoItOrMisreadThi() {
        // The ruled-scan eval's readings of ที่ กท 1145/6072 and ที่ กท 1288/572.
        assertEquals(List.of(new CitedDocument(CitedKind.LETTER, "กท 1145/6072", LocalDate.of(2025, 1, 2))),
                cited("ชะลอการดำเนินการตามหนังสือสำนักการระบายน้ำ ที่กท 1145/6072 ลงวันที่ 2 มกราคม 2568"));
        assertEquals(List.of(new CitedDocument(CitedKind.LETTER, "กท 1288/572", LocalDate.of(2023, 11, 22))),
                cited("ได้รับอนุมัติโครงการแล้ว ตามหนังสือ ห กท 1288/572 ลงวันที่ 22 พฤศจิกายน 2566"));
        // Without an agency's code, a fraction with no ที่ before it is not a document's number.
        assertEquals(List.of(new CitedDocument(CitedKind.LETTER, null, LocalDate.of(2023, 11, 22))),
                cited("ตามหนังสือ แผน 1/2 ลงวันที่ 22 พฤศจิกายน 2566"));
    }

    @Test
    void aCitationKeepsTheReadingOfItsDateWithTheWeekdayPrinted() {
        List<CitedDocumentParser.Citation> cited = parser.parse(
                "ตามหนังสือ ที่ กท 0410/709 ลงวันที่ วันพุธที่ ๑ ตุลาคม ๒๕๖๓ แล้ว");
        assertEquals(new CitedDocument(CitedKind.LETTER, "กท 0410/709", LocalDate.of(2020, 10, 1)),
                cited.get(0).document());
        assertEquals(DayOfWeek.WEDNESDAY, cited.get(0).date().weekday());
    }

    @Test
    void aStatusWithoutCitationsHasNone() {
        assertEquals(List.of(), cited("อยู่ระหว่างขั้นตอนการประสานงาน ที่ประชุมเห็นชอบ"));
    }

    private List<CitedDocument> cited(String status) {
        return parser.parse(status).stream().map(CitedDocumentParser.Citation::document).toList();
    }
}
