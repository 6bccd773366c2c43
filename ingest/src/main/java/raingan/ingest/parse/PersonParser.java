package raingan.ingest.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import raingan.ingest.normalise.ThaiDigits;
import raingan.model.Person;

/**
 * Splits a printed person ({@code นางสาวพลอยนภัส พัฒนธัญ 1521}) into honorific, name and the
 * trailing phone number or extension. Thai prints the honorific joined to the given name.
 */
final class PersonParser {

    /** Longest first, so นางสาว wins over นาง. Military and academic ranks combine with ดร. */
    private static final List<String> TITLES = List.of(
            "ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรี", "ว่าที่ร้อยโท", "ว่าที่ร้อยเอก", "ว่าที่ร.ต.หญิง", "ว่าที่ ร.ต.",
            "ว่าที่ร.ต.", "ว่าที่ร.ท.", "ว่าที่ร.อ.",
            "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.",
            "ผศ.ดร.", "รศ.ดร.", "ศ.ดร.", "ผศ.", "รศ.", "ศ.", "นพ.", "พญ.", "ทพ.", "ทพญ.",
            "นางสาว", "น.ส.", "นาง", "นาย", "ดร.",
            "Mrs.", "Mr.", "Ms.", "Miss", "Dr.");

    /** A phone (02-224-1234, 0 2224 1234 ต่อ 1521) or a bare extension (1521) at the end, maybe after โทร. */
    private static final Pattern PHONE = Pattern.compile(
            "\\s+(?:โทร(?:ศัพท์)?\\.?\\s*:?\\s*)?"
            + "((?:[0-9๐-๙][0-9๐-๙ -]{6,14}[0-9๐-๙]|[0-9๐-๙]{3,5})(?:\\s*(?:ต่อ|ext\\.?)\\s*[0-9๐-๙]{1,5})?)\\s*$");

    Person parse(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        String rest = printed.strip();
        String phone = null;
        Matcher m = PHONE.matcher(rest);
        if (m.find()) {
            phone = AsciiSpace.replaceRuns(ThaiDigits.toArabic(m.group(1)), " ");
            rest = rest.substring(0, m.start()).strip();
        }
        String title = null;
        for (String t : TITLES) {
            if (rest.startsWith(t)) {
                title = t.replace(" ", "");
                rest = rest.substring(t.length()).strip();
                if (!title.endsWith("ดร.") && rest.startsWith("ดร.")) {
                    title = title + "ดร.";
                    rest = rest.substring(3).strip();
                }
                break;
            }
        }
        return new Person(title, rest.isEmpty() ? null : rest, phone);
    }
}
