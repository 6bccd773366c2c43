package raingan.batch.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void bytesThatAreNotUtf8AreEscapedAndTheRestKept() {
        assertEquals("old-\\xff\\xfe.txt", FileNames.escaped(bytes(0x6F, 0x6C, 0x64, 0x2D, 0xFF, 0xFE, 0x2E, 0x74,
                0x78, 0x74)));
        // ก in UTF-8 is E0 B8 81: whole it is kept, cut short its two bytes are escaped.
        assertEquals("ก-\\xe0\\xb8", FileNames.escaped(bytes(0xE0, 0xB8, 0x81, 0x2D, 0xE0, 0xB8)));
        // TIS-620 รายงาน: C2 A7 and D2 B9 happen to be UTF-8 (§, ҹ) and stay so; the name still gives its bytes back.
        assertEquals("\\xc3\\xd2§ҹ", FileNames.escaped(bytes(0xC3, 0xD2, 0xC2, 0xA7, 0xD2, 0xB9)));
    }

    @Test
    void aBackslashIsDoubledSoThatEscapesCanBeToldFromIt() {
        byte[] name = "a\\xff".getBytes(StandardCharsets.UTF_8);
        byte[] withBadByte = new byte[name.length + 1];
        System.arraycopy(name, 0, withBadByte, 0, name.length);
        withBadByte[name.length] = (byte) 0xFF;
        assertEquals("a\\\\xff\\xff", FileNames.escaped(withBadByte));
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
