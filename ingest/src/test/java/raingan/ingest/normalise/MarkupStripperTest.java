package raingan.ingest.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import raingan.ingest.normalise.MarkupStripper.Stripped;

class MarkupStripperTest {

    private final MarkupStripper stripper = new MarkupStripper();

    private void assertStripped(String expectedText, List<String> expectedRemoved, String value) {
        Stripped stripped = stripper.strip(value);
        assertEquals(expectedText, stripped.text(), "text of " + value);
        assertEquals(expectedRemoved, stripped.removed(), "removed from " + value);
    }

    @Nested
    class Tags {

        @Test
        void checkboxInTheSeedStatusIsRemoved() {
            assertStripped("ยกเลิกโครงการ เนื่องจาก 1. ปลัดกรุงเทพมหานครได้โปรดเห็นชอบ 2. ปลัดกรุงเทพมหานคร (นายชจิต ชัชวานิชย์)",
                    List.of("<input type=\"checkbox\"/>", "<input type=\"checkbox\"/>"),
                    "ยกเลิกโครงการ เนื่องจาก 1. <input type=\"checkbox\"/> ปลัดกรุงเทพมหานครได้โปรดเห็นชอบ "
                            + "2. <input type=\"checkbox\"/> ปลัดกรุงเทพมหานคร (นายชจิต ชัชวานิชย์)");
        }

        @Test
        void lineBreakingTagsLeaveASpaceInlineTagsNothing() {
            assertStripped("อยู่ระหว่างขั้นตอน การประสานงาน",
                    List.of("<p>", "<b>", "</b>", "<br>", "</p>"),
                    "<p>อยู่ระหว่าง<b>ขั้นตอน</b><br>การประสานงาน</p>");
        }

        @Test
        void tagsWithQuotedAttributesNamespacesAndCommentsAreRemoved() {
            assertStripped("ขอชะลอโครงการ",
                    List.of("<span style=\"font-family:'TH SarabunPSK'\">", "<o:p>", "</o:p>", "<!-- page 2 -->", "</span>"),
                    "<span style=\"font-family:'TH SarabunPSK'\">ขอชะลอ<o:p></o:p>โครงการ<!-- page 2 --></span>");
        }

        @Test
        void aTagWhoseQuotesOcrMismatchedIsStillATag() {
            assertStripped("ชะลอการดำเนินการโครงการฯ", List.of("<input type=\"checkbox'/>"),
                    "<input type=\"checkbox'/>ชะลอการดำเนินการโครงการฯ");
        }

        @Test
        void upperCaseAndSelfClosingTagsAreRemoved() {
            assertStripped("รายงาน ครั้งที่ 2", List.of("<BR/>", "<img src=x />"), "รายงาน<BR/>ครั้งที่ 2<img src=x />");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "a < b", "5 > 3", "ความก้าวหน้า < 100 % และ > 0 %", "<3", "x <y and z> w", "<ไม่ใช่แท็ก>", "<foo>",
            "<input type=\"checkbox\"", "< br>"})
        void textThatOnlyLooksLikeMarkupStays(String value) {
            assertStripped(value, List.of(), value);
        }
    }

    @Nested
    class Entities {

        @Test
        void namedAndNumericEntitiesAreDecoded() {
            assertStripped("ประชุม & สัมมนา 0 บาท ก ก", List.of("&amp;", "&nbsp;", "&#3585;", "&#x0E01;"),
                    "ประชุม &amp; สัมมนา 0&nbsp;บาท &#3585; &#x0E01;");
        }

        @Test
        void decodedAngleBracketsAreTextNotTags() {
            assertStripped("<br> ไม่ใช่แท็ก", List.of("&lt;", "&gt;"), "&lt;br&gt; ไม่ใช่แท็ก");
        }

        @Test
        void doubleEscapedEntityIsDecodedOnce() {
            assertStripped("&nbsp;", List.of("&amp;"), "&amp;nbsp;");
        }

        @Test
        void zeroWidthEntitiesLeaveNothing() {
            assertStripped("กรุงเทพมหานคร", List.of("&#8203;", "&shy;"), "กรุง&#8203;เทพ&shy;มหานคร");
        }

        @ParameterizedTest
        @ValueSource(strings = {"R&D", "ส่วน A & B", "&foo;", "&#;", "&#xZZ;", "&#0;", "&#๓๕๘๕;", "&nbsp ไม่มีเซมิโคลอน"})
        void ampersandsThatAreNotEntitiesStay(String value) {
            assertStripped(value, List.of(), value);
        }
    }

    @Nested
    class Emphasis {

        @Test
        void escapedAndPlainBoldAroundTheSeedTitleAreRemoved() {
            assertStripped("แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ", List.of("**\\*\\*", "\\*\\***"),
                    "**\\*\\* แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ \\*\\***");
        }

        @Test
        void boldSectionHeadingIsUnwrapped() {
            assertStripped("1.2 หน่วยงานที่รับผิดชอบ", List.of("**", "**"), "**1.2 หน่วยงานที่รับผิดชอบ**");
            assertStripped("สำคัญ", List.of("__", "__"), "__สำคัญ__");
        }

        @Test
        void singleEscapedAsteriskIsUnescaped() {
            assertStripped("หมายเหตุ *", List.of("\\*"), "หมายเหตุ \\*");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ลงชื่อ______(ผู้รับผิดชอบโครงการ)", "หมายเหตุ * ไม่รวมภาษี", "file_name", "5*3"})
        void singleMarksAndFillInLinesStay(String value) {
            assertStripped(value, List.of(), value);
        }
    }

    @Nested
    class Whitespace {

        @Test
        void spacesFoldAndEndsAreTrimmed() {
            assertStripped("ขอชะลอโครงการ", List.of(), "  ขอชะลอโครงการ \t ");
            assertStripped("อยู่ระหว่าง ขั้นตอนการประสานงาน", List.of(), "อยู่ระหว่าง \u00A0 ขั้นตอนการประสานงาน");
        }

        @Test
        void aLineBreakInsideTheValueStaysOne() {
            assertStripped("เพื่อส่งเสริมการเรียนรู้\nแนะนำแนวทาง", List.of(), "เพื่อส่งเสริมการเรียนรู้ \n\n แนะนำแนวทาง");
        }

        @Test
        void valueOfOnlyMarkupBecomesEmpty() {
            assertStripped("", List.of("<input type=\"checkbox\"/>", "**"), " <input type=\"checkbox\"/> ** ");
        }
    }

    @Test
    void plainThaiValueIsUnchanged() {
        String value = "ชะลอการดำเนินการโครงการฯ ตามประกาศ ดังต่อไปนี้ 1. ประกาศกรุงเทพมหานคร เรื่อง มาตรการควบคุม (COVID-19)";
        assertStripped(value, List.of(), value);
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> stripper.strip(null));
    }

    @Test
    void strippedCopiesTheRemovedList() {
        List<String> removed = new ArrayList<>(List.of("<br>"));
        Stripped stripped = new Stripped("ก", removed);
        removed.add("<p>");
        assertEquals(List.of("<br>"), stripped.removed());
    }

    @Test
    void manyUnclosedAnglesStayLinear() {
        String value = "<a ".repeat(20_000) + "ข้อความ";
        long start = System.nanoTime();
        Stripped stripped = stripper.strip(value);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), stripped.removed());
        // A quadratic scan would take tens of seconds here.
        assertTrue(millis < 2_000, "took " + millis + " ms");
    }
}
