package raingan.ingest.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiNumbersTest {

    @Nested
    class Amount {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', value = {
            "1,250,000.50 บาท | 1250000.5",
            "0 บาท | 0",
            "0.00 บาท | 0",
            "๑,๒๕๐ บาท | 1250",
            "๑,๒๕๐.๗๕ บาท | 1250.75",
            "1 250 000 | 1250000",
            "1 250 000.50 บาท | 1250000.5",
            "1,000.- บาท | 1000",
            "1.5 ล้านบาท | 1500000",
            "2 ล้าน บาท | 2000000",
            "-500 บาท | -500",
            "฿ 35,000 | 35000",
            "งบประมาณที่ได้รับ : 3,000,000 บาท | 3000000",
            // OCR reads a thousands comma as a dot; every such dot is one, not only the first.
            "7.615.234 บาท | 7615234",
            "7.580.999.94 บาท | 7580999.94",
            "4.328 บาท | 4328",
        })
        void readsTheAmountAsPrinted(String printed, String expected) {
            BigDecimal amount = ThaiNumbers.parseAmount(printed);
            assertEquals(new BigDecimal(expected), amount);
            assertEquals(expected, amount.toPlainString());
        }

        @Test
        void roundAmountsAreNeverInExponentForm() {
            BigDecimal amount = ThaiNumbers.parseAmount("1,000,000.00 บาท");
            assertEquals("1000000", amount.toString());
            assertEquals(0, amount.scale());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // A 4-digit first group is a year or a code, not the start of a spaced amount.
            "2563 250 | 2563",
            // Groups after a space must have exactly three digits.
            "12 34 | 12",
            "1 2500 | 1",
        })
        void ocrSpacesJoinOnlyGroupsOfThree(String printed, String expected) {
            assertEquals(new BigDecimal(expected), ThaiNumbers.parseAmount(printed));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "บาท", "ไม่ได้รับงบประมาณ", "-", " - บาท"})
        void noNumberIsNull(String printed) {
            assertNull(ThaiNumbers.parseAmount(printed));
        }
    }

    @Nested
    class Percent {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', value = {
            "6.00 % | 6.0",
            "๖.๕% | 6.5",
            "100 | 100.0",
            "ความก้าวหน้าของงานฯ = 1.00 % | 1.0",
            "0 % | 0.0",
            "120 % | 120.0",
        })
        void readsThePercentAsPrinted(String printed, double expected) {
            assertEquals(expected, ThaiNumbers.parsePercent(printed));
        }

        @Test
        void spacesDoNotJoinPercentNumbers() {
            assertEquals(6.0, ThaiNumbers.parsePercent("6 100 %"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "%", "ไม่มีความก้าวหน้า", ". %"})
        void noNumberIsNull(String printed) {
            assertNull(ThaiNumbers.parsePercent(printed));
        }
    }

    @Nested
    class Integers {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', value = {
            "รายงานครั้งที่1 | 1",
            "รายงานครั้งที่ 10 | 10",
            "ครั้งที่ ๓ | 3",
            "1,000 | 1000",
            "6.00 | 6",
            "04160000-3940 | 4160000",
            "2019-10-01 00:00:00 | 2019",
            "(ครั้งที่ 2) = 0 บาท | 2",
        })
        void readsTheFirstWholeNumber(String printed, int expected) {
            assertEquals(expected, ThaiNumbers.parseInteger(printed));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "รายงานครั้งที่", "6.5", "๖.๕", "99999999999"})
        void noWholeNumberIsNull(String printed) {
            assertNull(ThaiNumbers.parseInteger(printed));
        }

        @Test
        void spacesDoNotJoinDigitGroupsOutsideAmounts() {
            assertEquals(1, ThaiNumbers.parseInteger("1 250 000"));
        }
    }

    @Test
    void nullArgumentsThrow() {
        assertThrows(NullPointerException.class, () -> ThaiNumbers.parseAmount(null));
        assertThrows(NullPointerException.class, () -> ThaiNumbers.parsePercent(null));
        assertThrows(NullPointerException.class, () -> ThaiNumbers.parseInteger(null));
    }
}
