package raingan.ingest.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The XHTML shapes Tika's parsers emit, fed straight to the handler. */
class OfficeTextHandlerTest {

    @Test
    void paragraphsInsideCellsStayInTheirRow() throws ParserConfigurationException, SAXException, IOException {
        List<String> pages = parse("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>ชื่อเอกสาร</title>
                <meta name="x" content="y"/></head><body>
                <h1>** แบบแสดงรายงาน **</h1>
                <table><tbody>
                <tr><td><p>ชื่อโครงการ/กิจกรรม</p></td><td><p>: โครงการพัฒนา</p><p>ระบบระบายน้ำ</p></td></tr>
                <tr><td>รหัสโครงการ</td>
                    <td>: 04160000-3941</td></tr>
                </tbody></table>
                <p>รายงานครั้งที่ 1<br/>ความก้าวหน้าของงานฯ   =  10.00 %</p>
                <ul><li>ข้อ 1</li><li>ข้อ 2</li></ul>
                </body></html>
                """);
        assertEquals(List.of("""
                ** แบบแสดงรายงาน **
                ชื่อโครงการ/กิจกรรม\t: โครงการพัฒนา ระบบระบายน้ำ
                รหัสโครงการ\t: 04160000-3941
                รายงานครั้งที่ 1
                ความก้าวหน้าของงานฯ = 10.00 %
                ข้อ 1
                ข้อ 2"""), pages);
    }

    @Test
    void pageDivisionsArePages() throws ParserConfigurationException, SAXException, IOException {
        List<String> pages = parse("""
                <html xmlns="http://www.w3.org/1999/xhtml"><body>
                <div class="page"><p>หน้า 1</p></div><div class="page"><p>หน้า 2</p></div>
                </body></html>
                """);
        assertEquals(List.of("หน้า 1", "หน้า 2"), pages);
    }

    @Test
    void anEmptyDocumentIsOneEmptyPage() throws ParserConfigurationException, SAXException, IOException {
        assertEquals(List.of(""), parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"));
    }

    private static List<String> parse(String xhtml) throws ParserConfigurationException, SAXException, IOException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        OfficeTextHandler handler = new OfficeTextHandler();
        factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), handler);
        return handler.pages();
    }
}
