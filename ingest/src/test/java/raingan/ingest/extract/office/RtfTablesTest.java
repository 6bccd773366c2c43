package raingan.ingest.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RtfTablesTest {

    @Test
    void cellEndsBecomeTabsAndRowEndsParagraphEnds() {
        String row = "\\trowd\\cellx2000\\cellx6000\\pard\\intbl \\u3619?\\cell\\pard\\intbl : 2564\\cell\\row";
        assertEquals("\\trowd\\cellx2000\\cellx6000\\pard\\intbl \\u3619?\\tab\\pard\\intbl : 2564\\tab\\par",
                rewrite(row));
    }

    @Test
    void nestedTablesAndDelimitersAreHandled() {
        assertEquals("a\\tab b\\par\n\\tab 1", rewrite("a\\nestcell b\\nestrow\n\\cell 1"));
    }

    @Test
    void escapedBackslashesAndLongerControlWordsAreLeftAlone() {
        assertEquals("\\\\cell \\cellx1440 \\rowd", rewrite("\\\\cell \\cellx1440 \\rowd"));
    }

    private static String rewrite(String rtf) {
        return new String(RtfTables.cellsAsTabs(rtf.getBytes(StandardCharsets.ISO_8859_1)),
                StandardCharsets.ISO_8859_1);
    }
}
