package raingan.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import raingan.model.StatusCategory;

class StatusClassifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "อยู่ระหว่างขั้นตอนการประสานงาน | IN_PROGRESS",
        "ลงนามในสัญญาแล้ว | IN_PROGRESS",
        "ตรวจรับงานงวดที่ 1 แล้ว | IN_PROGRESS",
        "ได้รับอนุมัติโครงการแล้ว ตามหนังสือ ที่ กท 1012/95511 ลงวันที่ 22 พฤศจิกายน 2565 | IN_PROGRESS",
        "ขอชะลอโครงการ | SUSPENDED",
        "ชะลอการดำเนินการโครงการฯ ตามประกาศ ดังต่อไปนี้ 1. ประกาศกรุงเทพมหานคร | SUSPENDED",
        "ยกเลิกโครงการ เนื่องจาก 1. ปลัดกรุงเทพมหานครได้โปรดเห็นชอบให้ทุกหน่วยงานชะลอการดำเนินการ | CANCELLED",
        "ดำเนินการแล้วเสร็จ | COMPLETED",
        "ก่อสร้างเสร็จสิ้นและส่งมอบแล้ว | COMPLETED",
        "ยังไม่แล้วเสร็จ อยู่ระหว่างก่อสร้าง | IN_PROGRESS",
        "การก่อสร้างไม่ เสร็จสิ้น รอขยายเวลา | IN_PROGRESS",
        "ไม่ดำเนินการเสร็จตามสัญญา | IN_PROGRESS",
        "ยังไม่ได้ดำเนินการ | NOT_STARTED",
        "ยังไม่เริ่มโครงการ | NOT_STARTED",
        "- | OTHER",
        "หมายเหตุ: ข้อมูลตามระบบ | OTHER",
    })
    void categorisesByTheDecisiveWord(String status, StatusCategory expected) {
        assertEquals(expected, new StatusClassifier().classify(status));
    }
}
