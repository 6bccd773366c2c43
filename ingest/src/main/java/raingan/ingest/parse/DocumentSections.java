package raingan.ingest.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import raingan.ingest.normalise.ThaiDigits;
import raingan.ingest.thai.ThaiChars;

/**
 * Splits a report's lines into its sections by their headings, dropping what the printer
 * repeats on every page (the form title, page numbers) and the markdown emphasis of text
 * exports. Headings are recognised by their number and key word, with the spellings OCR
 * gives, never by their exact text.
 */
final class DocumentSections {

    /** Title printed at the top of every page; the export repeats it mid-document. */
    static final Pattern FORM_TITLE = OcrTolerance.compile("แบบ\\s*แสดง\\s*รายงาน\\s*ความ\\s*ก้าว\\s*หน้า");

    /**
     * A page number as printers put it: หน้า 2, 2/5, หน้า 2 จาก 5, - 2 -, Page 2 of 5. A bare number is
     * not one: it is as likely the wrapped end of a value (ส่วนสวนสาธารณะ / 2).
     */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:หน้า|page)\\s*[0-9๐-๙]{1,3}(?:\\s*(?:/|จาก|of)\\s*[0-9๐-๙]{1,3})?"
            + "|[0-9๐-๙]{1,3}\\s*(?:/|จาก|of)\\s*[0-9๐-๙]{1,3}"
            + "|[-–]\\s*[0-9๐-๙]{1,3}\\s*[-–]", Pattern.CASE_INSENSITIVE);

    /** 1., 1.1 and 1.2 name what follows; they carry no value. */
    private static final Pattern HEADER_HEADING = OcrTolerance.compile(
            "^1\\s*\\.\\s*(?:[12]\\s*\\.?\\s*)?(?:[ชซ]ื่อ|รหัส|หน่วยงาน)[^:]*$");
    private static final Pattern RATIONALE = heading("1\\s*[.,]?\\s*3", "หลักการ", "เหตุผล");
    private static final Pattern OBJECTIVES = heading("1\\s*[.,]?\\s*4", "วัตถุประสงค์", "ประสงค์");
    private static final Pattern TARGETS = heading("1\\s*[.,]?\\s*5", "เป้าหมาย", "ของโครงการ");
    private static final Pattern STRATEGY = heading("1\\s*[.,]?\\s*6", "สนับสนุน\\s*แผน", "แผนพัฒนา");
    /** Section 2's heading; OCR may read its "2." as one or two other characters ("a รายงาน…"). */
    private static final Pattern REPORTS = OcrTolerance.compile(
            "^(?:\\S{1,2}\\s*[.,]?\\s*)?รายงาน\\s*ความ\\s*ก้าว\\s*หน้า\\s*ของ\\s*โครงการ.*|^2\\s*[.,]\\s*รายงาน\\s*ความ\\s*ก้าว\\s*หน้า.*");
    /** The first progress entry opens section 2 when its heading could not be read at all. */
    private static final Pattern ENTRY_HEAD = OcrTolerance.compile("^รายงาน\\s*ครั้ง\\s*ที่\\s*[0-9๐-๙]");
    private static final String REPORT = "รายงาน";
    private static final Pattern FOOTER = Pattern.compile("^(?:ขอรับรองว่า|ลงชื่อ).*");

    /** The longest heading printed (1.6 with its parenthesis) is about 110 characters. */
    private static final int MAX_HEADING = 200;

    private final Map<Section, List<String>> lines = new EnumMap<>(Section.class);
    private final Set<Section> printed = EnumSet.of(Section.HEADER);

    private DocumentSections() {
        for (Section s : Section.values()) {
            lines.put(s, new ArrayList<>());
        }
    }

    /**
     * A heading is its number and key word at the start of a line, with no colon after (that
     * would be a field). OCR may read a space inside the key word (เป้าหมา ยของโครงการ), or lose
     * the key word's start (วัต6 ประ สงค์ for วัตถุประสงค์): a later word of the heading, a few
     * signs after the number, does as well.
     */
    private static Pattern heading(String number, String keyword, String later) {
        return OcrTolerance.compile("^" + number + "\\s*\\.?\\s*(?:" + spaceBeforeLetters(keyword)
                + "|[^:]{0,12}?" + spaceBeforeLetters(later) + ")[^:]*$");
    }

    /** The regex with an optional space before each Thai consonant or leading vowel that follows a Thai letter. */
    private static String spaceBeforeLetters(String regex) {
        StringBuilder sb = new StringBuilder(regex.length() * 2);
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean opensSyllable = ThaiChars.isConsonant(c) || c >= '\u0E40' && c <= '\u0E44';
            if (i > 0 && opensSyllable && ThaiChars.isLetter(regex.charAt(i - 1))) {
                sb.append(" ?");
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static DocumentSections split(String text) {
        DocumentSections doc = new DocumentSections();
        Section current = Section.HEADER;
        for (String raw : text.split("\n", -1)) {
            String bare = withoutEmphasis(raw).strip();
            if (bare.isEmpty()) {
                continue;
            }
            // Titles, page numbers and headings are short lines: long ones are text, and are not scanned.
            boolean shortLine = bare.length() <= MAX_HEADING;
            char first = bare.charAt(0);
            if (shortLine && (isTitle(bare) || (mayStartPageNumber(first) && PAGE_NUMBER.matcher(bare).matches()))) {
                continue;
            }
            if (shortLine && current == Section.HEADER && first == '1' && HEADER_HEADING.matcher(bare).matches()) {
                continue;
            }
            Section next = shortLine ? headingOf(bare, current) : null;
            if (next != null) {
                current = next;
                doc.printed.add(next);
                continue;
            }
            if (current != Section.REPORTS && current != Section.FOOTER && bare.startsWith(REPORT)
                    && ENTRY_HEAD.matcher(bare).find()) {
                current = Section.REPORTS;
                doc.printed.add(Section.REPORTS);
            }
            doc.lines.get(current).add(raw);
        }
        return doc;
    }

    /*
     * Most lines are text, and every pattern here would fail on their first letters: the
     * checks of a first letter or a word that OCR does not damage (รายงาน has no marks and no
     * easily confused letters) spare a matcher for each pattern on each line.
     */

    /** The title holds รายงาน ความ, which OCR leaves alone; entry lines (รายงานครั้งที่) do not. */
    private static boolean isTitle(String line) {
        for (int at = line.indexOf(REPORT); at >= 0; at = line.indexOf(REPORT, at + 1)) {
            int next = at + REPORT.length();
            while (next < line.length() && AsciiSpace.is(line.charAt(next))) {
                next++;
            }
            if (line.startsWith("ความ", next)) {
                return FORM_TITLE.matcher(line).find();
            }
        }
        return false;
    }

    private static boolean mayStartPageNumber(char c) {
        return c == 'ห' || c == 'p' || c == 'P' || c == '-' || c == '–' || ThaiDigits.isDigit(c);
    }

    /** The line without the Markdown of text exports: {@code **} or {@code \\*\\*} anywhere, {@code #} marks before a heading. */
    private static String withoutEmphasis(String line) {
        if (line.indexOf('*') < 0 && line.indexOf('#') < 0) {
            return line;
        }
        int n = line.length();
        int i = 0;
        if (line.charAt(0) == '#') {
            while (i < n && line.charAt(i) == '#') {
                i++;
            }
            while (i < n && AsciiSpace.is(line.charAt(i))) {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder(n);
        while (i < n) {
            int end = emphasisEnd(line, i);
            if (end > 0) {
                i = end;
            } else {
                sb.append(line.charAt(i++));
            }
        }
        return sb.toString();
    }

    /** The end of a {@code **} starting at {@code i}, either star escaped with a backslash; -1 when none starts there. */
    private static int emphasisEnd(String s, int i) {
        int j = i;
        for (int star = 0; star < 2; star++) {
            if (j < s.length() && s.charAt(j) == '\\') {
                j++;
            }
            if (j >= s.length() || s.charAt(j) != '*') {
                return -1;
            }
            j++;
        }
        return j;
    }

    private static Section headingOf(String line, Section current) {
        if (current == Section.FOOTER) {
            return null;
        }
        char first = line.charAt(0);
        if ((first == 'ข' || first == 'ล') && current == Section.REPORTS && FOOTER.matcher(line).matches()) {
            return Section.FOOTER;
        }
        if (line.contains(REPORT) && REPORTS.matcher(line).matches()) {
            return Section.REPORTS;
        }
        if (current == Section.REPORTS || first != '1') {
            return null;
        }
        if (RATIONALE.matcher(line).matches()) {
            return Section.RATIONALE;
        }
        if (OBJECTIVES.matcher(line).matches()) {
            return Section.OBJECTIVES;
        }
        if (TARGETS.matcher(line).matches()) {
            return Section.TARGETS;
        }
        if (STRATEGY.matcher(line).matches()) {
            return Section.STRATEGY;
        }
        return null;
    }

    List<String> lines(Section section) {
        return lines.get(section);
    }

    /** True when the section's heading was printed, even with nothing under it. */
    boolean printed(Section section) {
        return printed.contains(section);
    }
}
