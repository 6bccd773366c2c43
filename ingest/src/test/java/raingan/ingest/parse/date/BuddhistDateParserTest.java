package raingan.ingest.parse.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuddhistDateParserTest {

    private final BuddhistDateParser parser = new BuddhistDateParser();

    // ---------------------------------------------------------------- parse: the case table

    /**
     * One date expression per line of date-cases.txt: {@code input | expected}, where expected is
     * an ISO date (with {@code ~} and a piece of the warning when one is due), or {@code !} and a
     * piece of the problem.
     */
    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = BuddhistDateParserTest.class.getResourceAsStream("date-cases.txt")) {
            assertNotNull(in, "date-cases.txt is on the test class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.lastIndexOf(" | ");
                cases.add(Arguments.of(line.substring(0, bar), line.substring(bar + 3).strip()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void readsTheCaseTable(String input, String expected) {
        DateReading reading = parser.parse(input);
        assertEquals(input, reading.text());
        if (expected.startsWith("!")) {
            assertFalse(reading.ok(), () -> input + " read as " + reading.date());
            assertNull(reading.date());
            String part = expected.substring(1).strip();
            assertTrue(reading.problem().contains(part),
                    () -> "problem for " + input + " should contain '" + part + "': " + reading.problem());
        } else {
            int tilde = expected.indexOf(" ~ ");
            String date = tilde < 0 ? expected : expected.substring(0, tilde);
            assertTrue(reading.ok(), () -> input + ": " + reading.problem());
            assertEquals(LocalDate.parse(date), reading.date());
            assertNull(reading.problem());
            if (tilde < 0) {
                assertNull(reading.warning(), input);
            } else {
                String part = expected.substring(tilde + 3).strip();
                assertTrue(reading.warning() != null && reading.warning().contains(part),
                        () -> "warning for " + input + " should contain '" + part + "': " + reading.warning());
            }
        }
    }

    @Test
    void theCaseTableHasAtLeastSixtyCases() throws IOException {
        assertTrue(cases().count() >= 60);
    }

    // ---------------------------------------------------------------- parse: input handling

    @Test
    void trimsWhiteSpaceIncludingNoBreakAndZeroWidthSpacesAndKeepsTheTrimmedText() {
        DateReading reading = parser.parse("\u00A0 \t15/10/2562\u200B \n");
        assertEquals(LocalDate.of(2019, 10, 15), reading.date());
        assertEquals("15/10/2562", reading.text());
    }

    @Test
    void keepsThaiDigitsInTheTextAsPrinted() {
        assertEquals("๒๗ ก.พ. ๒๕๖๓", parser.parse(" ๒๗ ก.พ. ๒๕๖๓ ").text());
    }

    @Test
    void nullInputIsAProblemNotAnException() {
        DateReading reading = parser.parse(null);
        assertFalse(reading.ok());
        assertNull(reading.text());
        assertNotNull(reading.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u200B"})
    void blankInputIsAProblem(String blank) {
        DateReading reading = parser.parse(blank);
        assertFalse(reading.ok());
        assertTrue(reading.problem().contains("blank"), reading.problem());
    }

    @Test
    void notADateSaysSoAndQuotesTheText() {
        DateReading reading = parser.parse("อยู่ระหว่างขั้นตอนการประสานงาน");
        assertEquals("not a date: 'อยู่ระหว่างขั้นตอนการประสานงาน'", reading.problem());
    }

    @Test
    void anImpossibleDateIsNamedInTheProblem() {
        assertEquals("31 February 2563 BE does not exist", parser.parse("31/2/2563").problem());
        assertEquals("31 February 2564 BE does not exist", parser.parse("วันที่ 31 กุมภาพันธ์ พ.ศ. 2564").problem());
    }

    @Test
    void aMonthWithoutADayIsNotAFullDate() {
        DateReading reading = parser.parse("เดือนตุลาคม พ.ศ. 2562");
        assertNull(reading.date());
        assertTrue(reading.problem().startsWith("not a full date"), reading.problem());
    }

    @Test
    void agreesWithThaiBuddhistChronologyOnEveryDayOfALeapAndACommonYear() {
        for (int be : new int[] {2562, 2563}) {
            LocalDate day = LocalDate.of(be - 543, 1, 1);
            while (day.getYear() == be - 543) {
                String printed = day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + be;
                assertEquals(day, parser.parse(printed).date(), printed);
                day = day.plusDays(1);
            }
        }
    }

    @Test
    void readsTheWeekdaysAsJavaTimeNamesThemInFullAndAbbreviated() {
        Locale thai = Locale.forLanguageTag("th");
        LocalDate day = LocalDate.of(2020, 10, 1);
        while (day.getMonthValue() == 10) {
            DayOfWeek weekday = day.getDayOfWeek();
            DayOfWeek nextDay = weekday.plus(1);
            for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT}) {
                String printed = weekday.getDisplayName(style, thai) + " " + day.getDayOfMonth() + " ตุลาคม 2563";
                DateReading reading = parser.parse(printed);
                assertEquals(day, reading.date(), printed);
                assertEquals(weekday, reading.weekday(), printed);
                assertNull(reading.warning(), printed);
                String wrong = nextDay.getDisplayName(style, thai) + " " + day.getDayOfMonth() + " ต.ค. ๖๓";
                assertEquals(day, parser.parse(wrong).date(), wrong);
                assertNotNull(parser.parse(wrong).warning(), wrong);
            }
            day = day.plusDays(1);
        }
    }

    @Test
    void aWeekdayTheDateDoesNotFallOnIsAWarningNamingBoth() {
        DateReading reading = parser.parse("วันพุธที่ ๑ ตุลาคม ๒๕๖๓");
        assertEquals(LocalDate.of(2020, 10, 1), reading.date());
        assertEquals(DayOfWeek.WEDNESDAY, reading.weekday());
        assertEquals("1 October 2020 (BE 2563) is a Thursday, not a Wednesday", reading.warning());
    }

    @Test
    void aTimeIsReadButTheReadingKeepsTheDateAndThePrint() {
        DateReading reading = parser.parse("วันศุกร์ที่ ๑๕ กรกฎาคม ๒๕๖๕ เวลา ๑๐.๓๐ น.");
        assertEquals(LocalDate.of(2022, 7, 15), reading.date());
        assertEquals("วันศุกร์ที่ ๑๕ กรกฎาคม ๒๕๖๕ เวลา ๑๐.๓๐ น.", reading.text());
        assertEquals("the time 25:61 does not exist", parser.parse("15 กรกฎาคม 2565 25:61").problem());
    }

    @Test
    void readingsEnforceEitherADateOrAProblem() {
        assertThrows(IllegalArgumentException.class,
                () -> new DateReading("x", null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new DateReading("x", LocalDate.of(2020, 1, 1), "both"));
    }

    // ---------------------------------------------------------------- findAll

    /** Seed report 10's status text, as printed. */
    private static final String LETTER_STATUS = "ยกเลิกโครงการ เนื่องจาก 1. <input type=\"checkbox\"/> "
            + "ปลัดกรุงเทพมหานครได้โปรดเห็นชอบให้ทุกหน่วยงานชะลอการดำเนินการงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2563 "
            + "หมวดค่ารถคันท์ ที่ดินและสิ่งก่อสร้าง และหมวดรายจ่ายอื่น ที่ยังไม่ก่อหนี้ผูกพันไว้ก่อน "
            + "รายละเอียดปรากฏตามหนังสือ ด่วนที่สุด ที่ กท 1902/00555 ลงวันที่ 23 มีนาคม 2563 2. "
            + "<input type=\"checkbox\"/> ปลัดกรุงเทพมหานคร ได้โปรดเห็นชอบให้ยกเลิกกิจกรรม "
            + "ประจำปีงบประมาณ 2563 รายละเอียดปรากฏตามหนังสือ ด่วนที่สุด ที่ กท 0410/709 ลงวันที่ 10 กรกฎาคม 2563";

    /** Seed report 7's status text, as printed. */
    private static final String ANNOUNCEMENT_STATUS = "ชะลอการดำเนินการโครงการฯ ตามประกาศ ดังต่อไปนี้ "
            + "1. ประกาศกรุงเทพมหานคร เรื่อง มาตรการควบคุมและป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19) "
            + "ลงวันที่ 27 กุมภาพันธ์ 2563 2. ประกาศกระทรวงสาธารณสุข เรื่อง ชื่อและอาการสำคัญของโรคติดต่ออันตราย "
            + "(ฉบับที่ 3) พ.ศ. 2563 ลงวันที่ 26 กุมภาพันธ์ 2563 โดยจะกลับมาดำเนินการโครงการฯ อีกครั้ง";

    @Test
    void findsTheLetterDatesButNotTheLetterNumbers() {
        List<DateMatch> matches = parser.findAll(LETTER_STATUS);
        assertEquals(List.of("23 มีนาคม 2563", "10 กรกฎาคม 2563"), texts(matches));
        assertEquals(List.of(LocalDate.of(2020, 3, 23), LocalDate.of(2020, 7, 10)), dates(matches));
    }

    @Test
    void findsTheAnnouncementDatesButNotABareYear() {
        List<DateMatch> matches = parser.findAll(ANNOUNCEMENT_STATUS);
        assertEquals(List.of("27 กุมภาพันธ์ 2563", "26 กุมภาพันธ์ 2563"), texts(matches));
        assertEquals(List.of(LocalDate.of(2020, 2, 27), LocalDate.of(2020, 2, 26)), dates(matches));
    }

    @Test
    void spansAreExactSoTheCallerCanCutTheText() {
        String text = "หนังสือ ที่ กท 1902/00555 ลงวันที่ 23 มีนาคม 2563 และ 15/07/2563";
        List<DateMatch> matches = parser.findAll(text);
        assertEquals(2, matches.size());
        DateMatch first = matches.get(0);
        assertEquals(text.indexOf("23 มีนาคม"), first.start());
        assertEquals(text.indexOf(" และ"), first.end());
        DateMatch second = matches.get(1);
        assertEquals(text.indexOf("15/07"), second.start());
        assertEquals(text.length(), second.end());
        for (DateMatch match : matches) {
            assertEquals(text.substring(match.start(), match.end()), match.reading().text());
        }
    }

    @Test
    void spansInThaiDigitTextPointAtThePrintedDigits() {
        String text = "ลงวันที่ ๒๗ ก.พ. ๒๕๖๓ แล้ว";
        DateMatch match = parser.findAll(text).get(0);
        assertEquals("๒๗ ก.พ. ๒๕๖๓", text.substring(match.start(), match.end()));
        assertEquals(LocalDate.of(2020, 2, 27), match.reading().date());
    }

    @Test
    void findsAnImpossibleDateAndReportsItInsteadOfSkippingIt() {
        List<DateMatch> matches = parser.findAll("รายงานครั้งที่5 :: 31/2/2563 : อยู่ระหว่างดำเนินการ");
        assertEquals(1, matches.size());
        assertFalse(matches.get(0).reading().ok());
        assertEquals("31 February 2563 BE does not exist", matches.get(0).reading().problem());
    }

    @Test
    void findsTheDateOfAReportLineButNotItsNumbersAndAmounts() {
        String line = "รายงานครั้งที่1 :: 15/10/2562 : อยู่ระหว่างขั้นตอนการประสานงาน :: ความก้าวหน้าของงานฯ = 1.00 % "
                + ": งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 1,250,000.50 บาท";
        assertEquals(List.of(LocalDate.of(2019, 10, 15)), dates(parser.findAll(line)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "คำสั่งกรุงเทพมหานคร ที่ 771/2563",
        "ที่ กท 1902/00555",
        "ประกาศกระทรวงสาธารณสุข (ฉบับที่ 3) พ.ศ. 2563",
        "ประจำปีงบประมาณ 2563",
        "เป้าหมายที่ : ๗.๓.๑ บุคลากร",
        "ข้อ 1.2.10 และ 3.4.63",
        "โทร 02-224-1234",
        "เลขที่ 1/12/05/2563",
        "เดือนตุลาคม พ.ศ. 2562",
        "งบประมาณ 1,250,000.50 บาท",
        "COVID-19",
        "1/1/1000 และ 1/1/3000",
        "พุทธศักราช ๒๕๖๓",
        "ประชุมทุกวันพฤหัสบดี เวลา 10.00 น.",
        "ณ อ.เมือง จ.เชียงใหม่ 10.00 น.",
    })
    void findsNoDateWhereThereIsNone(String text) {
        assertEquals(List.of(), parser.findAll(text), text);
    }

    @Test
    void findsEveryFormInOneText() {
        String text = "เริ่ม 2019-10-01 00:00:00 สิ้นสุด 27 ก.พ. 63, อ้างถึง Oct 1, 2019 และ วันที่ 1 เดือน ตุลาคม พ.ศ. 2562";
        assertEquals(List.of("2019-10-01", "27 ก.พ. 63", "Oct 1, 2019", "1 เดือน ตุลาคม พ.ศ. 2562"),
                texts(parser.findAll(text)));
    }

    @Test
    void findsADateWithTheWeekdayBeforeItAndLeavesTheTimeAfterIt() {
        String text = "คณะกรรมการประชุมเมื่อวันพฤหัสบดีที่ ๑ ตุลาคม ๒๕๖๓ เวลา ๑๐.๐๐ น. ณ ศาลาว่าการกรุงเทพมหานคร";
        DateMatch match = parser.findAll(text).get(0);
        assertEquals(text.indexOf("วันพฤหัสบดี"), match.start());
        assertEquals("วันพฤหัสบดีที่ ๑ ตุลาคม ๒๕๖๓", match.reading().text());
        assertEquals(DayOfWeek.THURSDAY, match.reading().weekday());
        assertNull(match.reading().warning());
    }

    @Test
    void findsAWeekdayInRunningTextThatTheDateDoesNotFallOn() {
        DateMatch match = parser.findAll("ตามหนังสือ ที่ กท 0410/709 ลงวันที่ พ. 1 ต.ค. 63 แล้ว").get(0);
        assertEquals("พ. 1 ต.ค. 63", match.reading().text());
        assertEquals("1 October 2020 (BE 2563) is a Thursday, not a Wednesday", match.reading().warning());
    }

    @Test
    void theAbbreviationsOfAProvinceAndADistrictAreNoWeekdays() {
        List<DateMatch> matches = parser.findAll("ณ อ.เมือง จ.เชียงใหม่ 1 ต.ค. 63 และ ส.ค. 2563");
        assertEquals(List.of("1 ต.ค. 63"), texts(matches));
        assertNull(matches.get(0).reading().weekday());
    }

    @Test
    void findsTheLastDayOfADayRange() {
        assertEquals(List.of("12 มีนาคม 2563"), texts(parser.findAll("ระหว่างวันที่ 10-12 มีนาคม 2563")));
    }

    @Test
    void nullOrEmptyRunningTextHasNoDates() {
        assertEquals(List.of(), parser.findAll(null));
        assertEquals(List.of(), parser.findAll(""));
    }

    @Test
    void findsTheDatesOfTheSeedReportInDocumentOrder() throws IOException {
        Path seed = Path.of(System.getProperty("raingan.shared", "../../shared"),
                "corpus", "seed", "bma-progress-2563-04160000-3940.txt");
        List<LocalDate> found = dates(parser.findAll(Files.readString(seed)));
        List<String> expected = List.of(
                "2019-10-01", "2020-09-29", // เริ่มต้น / สิ้นสุดโครงการ
                "2019-10-15", "2019-11-18", "2019-12-17", "2020-01-17", "2020-02-17",
                "2020-03-17", "2020-02-27", "2020-02-26", // report 7 and its two announcements
                "2020-05-19", "2020-06-17",
                "2020-07-15", "2020-03-23", "2020-07-10", // report 10 and its two letters
                "2020-07-15", "2020-03-23", "2020-07-10");
        assertEquals(expected.stream().map(LocalDate::parse).toList(), found);
    }

    // ---------------------------------------------------------------- no backtracking blow-ups

    @Test
    void longHostileLinesAreReadInLinearTime() {
        // Each line is 20 000 chars of what would make a backtracking reader retry at every position.
        List<String> lines = List.of(
                "1/1/1/1/ ".repeat(2_223),
                "2 5 6 ".repeat(3_334),
                "ก.พ.".repeat(5_000),
                "1 ".repeat(10_000),
                "12 มี.ค. ".repeat(2_223),
                "๒ ก.พ. ".repeat(2_858),
                "9".repeat(20_000),
                "วันพฤหัสบดีที่ ".repeat(1_334),
                "พฤ. ".repeat(5_000),
                "1 ต.ค. 63 9:5:7 - ".repeat(1_112),
                (LETTER_STATUS + " ").repeat(20_000 / LETTER_STATUS.length() + 1));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (String line : lines) {
                parser.findAll(line);
                parser.parse(line);
            }
        });
    }

    private static List<String> texts(List<DateMatch> matches) {
        return matches.stream().map(m -> m.reading().text()).toList();
    }

    private static List<LocalDate> dates(List<DateMatch> matches) {
        return matches.stream().map(m -> m.reading().date()).toList();
    }
}
