package raingan.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import raingan.model.Person;

class PersonParserTest {

    private final PersonParser parser = new PersonParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "นางสาวพลอยนภัส พัฒนธัญ 1521 | นางสาว | พลอยนภัส พัฒนธัญ | 1521",
        "นางวิมลพรรณ พิมสาร | นาง | วิมลพรรณ พิมสาร | -",
        "นายสมชาย ใจดี โทร. 02-224-1234 | นาย | สมชาย ใจดี | 02-224-1234",
        "ว่าที่ร.ต.ประเสริฐ มั่นคง ๑๕๒๑ | ว่าที่ร.ต. | ประเสริฐ มั่นคง | 1521",
        "ว่าที่ ร.ต. ประเสริฐ มั่นคง | ว่าที่ร.ต. | ประเสริฐ มั่นคง | -",
        "ผศ.ดร.กมล ศรีสุข | ผศ.ดร. | กมล ศรีสุข | -",
        "นายดร.สมศักดิ์ วงศ์ไทย | นายดร. | สมศักดิ์ วงศ์ไทย | -",
        "สุดา รักเมือง 02 224 1234 ต่อ 15 | - | สุดา รักเมือง | 02 224 1234 ต่อ 15",
    })
    void splitsTitleNameAndPhone(String printed, String title, String name, String phone) {
        assertEquals(new Person(title, name, phone), parser.parse(printed));
    }

    @Test
    void blankIsNoPerson() {
        assertNull(parser.parse("  "));
    }
}
