package raingan.ingest.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTextTest {

    @Test
    void aCellWrappedInsideThaiJoinsWithoutASpaceAndElsewhereWithOne() {
        assertEquals("ชื่อโครงการ/กิจกรรม :", LayoutText.cell(List.of("ชื่อโครงการ/", "กิจกรรม :")));
        assertEquals("ความก้าวหน้าของงานฯ = 6.50 %", LayoutText.cell(List.of("ความก้าวหน้าขอ", "งงานฯ = 6.50 %")));
        assertEquals("(ครั้งที่ 5) = 68,451.61 บาท", LayoutText.cell(List.of("(ครั้งที่ 5) =", "68,451.61 บาท")));
        assertEquals("Safe City", LayoutText.cell(List.of(" Safe", "", "City ")));
    }

    @Test
    void aRowIsItsCellsBetweenTabsAndAnEmptyRowIsNone() {
        assertEquals("\t:: ความก้าวหน้า\t: เป็นไปตามแผน", LayoutText.row(Arrays.asList("", ":: ความก้าวหน้า",
                ": เป็นไปตามแผน", "")));
        assertNull(LayoutText.row(List.of("", " ")));
    }

    @Test
    void blocksComeTopToBottomAndEmptyOnesVanish() {
        String page = LayoutText.compose(List.of(new TextBlock(300, "รายงานครั้งที่1\t:: 15/10/2562", List.of()),
                new TextBlock(100, "1.1 รหัสโครงการและชื่อโครงการ", List.of()), new TextBlock(200, "", List.of()),
                new TextBlock(150, "ชื่อโครงการ/กิจกรรม :\tโครงการ", List.of())));
        assertEquals("1.1 รหัสโครงการและชื่อโครงการ\nชื่อโครงการ/กิจกรรม :\tโครงการ\nรายงานครั้งที่1\t:: 15/10/2562", page);
    }
}
