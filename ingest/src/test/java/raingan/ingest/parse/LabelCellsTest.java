package raingan.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Label cells of the printed form's ruled tables as OCR read them from generated scans. */
class LabelCellsTest {

    private static final Pattern LABELS = HeaderField.anyLabel();

    @Test
    void aLabelCellMisspelledPastThePatternsIsReadAsItsLabel() {
        assertEquals("หน่วยงานที่รับผิดชอบ :\tสำนักการโยธา / สำนักงานวิศวกรรมทาง",
                LabelCells.repaired("หน่วยงานที่รับผิดช อบ\tสำนักการโยธา / สำนักงานวิศวกรรมทาง", LABELS));
        assertEquals("หน่วยงานที่รับผิดชอบ :\tสำนักป้องกันและบรรเทาสาธารณภัย",
                LabelCells.repaired("หน่วยงานที่รับผิด DOU. :\tสำนักป้องกันและบรรเทาสาธารณภัย", LABELS));
        assertEquals("งบประมาณที่ได้รับ :\t8,680,000.00 บาท\tสิ้นสุดโครงการ :\t14 พฤษภาคม 2562",
                LabelCells.repaired("รบประมาณทีได้รับ :\t8,680,000.00 บาท\tลนสุดโครงการ\t14 พฤษภาคม 2562", LABELS));
    }

    @Test
    void labelsThePatternsReadAndValuesStayAsPrinted() {
        String row = "ปีงบประมาณ พ.ศ. :\t2565\tเริ่มต้นโครงการ :\t1 ต.ค. 64";
        assertEquals(row, LabelCells.repaired(row, LABELS));
        String entry = "รายงานครั้งที่3\t:: 14 มกราคม 2565 : แต่งตั้งคณะทำงานแล้ว\t: เป็นไปตามแผน";
        assertEquals(entry, LabelCells.repaired(entry, LABELS));
    }

    @Test
    void aTableRowReadByOcrGivesItsFields() {
        LabelledFields fields = LabelledFields.read(java.util.List.of(
                "หน่วยงานที่รับผิดช อบ\tสำนักการโยธา / สำนักงานวิศวกรรมทาง",
                "รหัสโครงการ..\t11030000-8937"));
        assertEquals("สำนักการโยธา / สำนักงานวิศวกรรมทาง", fields.get(HeaderField.AGENCY).orElseThrow());
        assertEquals("11030000-8937", fields.get(HeaderField.CODE).orElseThrow());
    }
}
