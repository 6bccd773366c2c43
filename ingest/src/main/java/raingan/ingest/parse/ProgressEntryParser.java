package raingan.ingest.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import raingan.ingest.normalise.MarkupStripper;
import raingan.ingest.normalise.ThaiDigits;
import raingan.ingest.normalise.ThaiNumbers;
import raingan.ingest.parse.date.BuddhistDateParser;
import raingan.ingest.parse.date.DateReading;
import raingan.model.FiscalYear;
import raingan.model.ReportEntry;

/**
 * Reads section 2's progress entries in any of the layouts prints and exports give: an
 * entry over several lines, an entry on one tab-separated line, and entries printed with
 * no number (the system prints a repeated entry as a bare {@code :: date : status} line).
 *
 * <p>The section is cut into segments at line breaks, tabs and {@code ::}; each segment
 * opens an entry ({@code รายงานครั้งที่ N}), gives its date and status, its progress and
 * disbursement, or its plan/target flags, or continues a wrapped status.
 */
final class ProgressEntryParser {

    /**
     * The entry's head. OCR may put a space inside รายงาน or ครั้ง, read ั as ิ, garble ครั้ง
     * altogether, and its English may make Latin letters of ที่N (iil) or read its digit as ๆ,
     * which leave the number unread, or read ที่ as a 7.
     */
    private static final Pattern HEAD = OcrTolerance.compile("^ร\\s?า\\s?ย\\s?ง\\s?า\\s?น\\s*(?:"
            // ที่ read as a 7 run into the number (ครั้ง 78 for ครั้งที่8): no report runs to seventy.
            + "ค\\s?ร[\\u0E31\\u0E34\\u0E35\\u0E37]?[\\u0E48\\u0E49\\u0E4A]?\\s?ง\\s*(?:ท\\u0E35?\\u0E48?|7(?=[0-9]))?\\s*"
            + "(?:[A-Za-z|!ๆ]{1,4}(?![A-Za-z]))?\\s*([0-9๐-๙]{1,3})?"
            // ครั้ง read past recognition (ค 59 ที่5): a few signs, then ที่ and the number.
            + "|[^\\t:]{1,10}?ท[\\u0E35\\u0E34]?\\u0E48?\\s*([0-9๐-๙]{1,3}))\\s*[:;]?\\s*");
    /** What OCR makes of the row below's marks in a number cell: Latin signs, quotes, or one digit. */
    private static final Pattern STRAY_AFTER_HEAD = Pattern.compile("[A-Za-z'`\"\u2018\u2019\u201C\u201D.,~_|!\\-]{1,3}|[0-9๐-๙]");
    /** How far before ก้าว the progress label may start: its first word and a space. */
    private static final int PROGRESS_LABEL_LEAD = 6;
    private static final Pattern STRAY_SIGNS = Pattern.compile("['`\"\u2018\u2019\u201C\u201D*]{1,3}");
    /** ก้าวหน้า of the progress label, its า read as ำ too (หน้ำ, กำว). */
    private static final String PROGRESS_WORD_REGEX = "ก้[าำ]ว\\s*หน้[าำ]";
    private static final Pattern PROGRESS_WORD = OcrTolerance.compile(PROGRESS_WORD_REGEX);
    /** The progress line; its label's first word ความ is taken however OCR read it (คราม, ควจาม, AVN). */
    private static final Pattern PROGRESS = OcrTolerance.compile("(?:(?:^|(?<=\\s))[^\\s:]{1,5}\\s?)?"
            + PROGRESS_WORD_REGEX + "[^=0-9๐-๙]{0,30}=?\\s*(-?[0-9๐-๙][0-9๐-๙.,]*)\\s*%?");
    /**
     * The ครั้งที่ in the parenthesis may come out of OCR as anything short ("(Asan 2)"), the
     * closing parenthesis as a bracket with a stray digit ({@code (ครั้งที่ 1]1 =}).
     */
    private static final Pattern DISBURSED = OcrTolerance.compile(
            "เบิก\\s*(?:ใช้|จ่าย)\\s*\\(?\\s*(?:ครั้ง\\s*ที่|[^()=0-9๐-๙]{1,12}?)\\s*([0-9๐-๙]{1,3})\\s*(?:[)\\]}|][0-9]?)?\\s*=?\\s*"
            // OCR reads a thousands comma as a space: 25 242 is 25,242.
            + "([0-9๐-๙][0-9๐-๙.,]*(?: [0-9๐-๙]{3}(?![0-9๐-๙])(?:[.,][0-9๐-๙]+)?)*|[Oo](?=\\s*บาท))");
    /** The closing parenthesis after the disbursement's number, as printed or as OCR reads it. */
    private static final Pattern CLOSES = Pattern.compile("[0-9๐-๙]\\s*[)\\]}]");
    /** What starts a part of an entry on a new line; any other line is the wrapped end of the one before. */
    private static final Pattern OPENS_PART = OcrTolerance.compile(
            "^\\s*(?:ร\\s?า\\s?ย\\s?ง\\s?า\\s?น\\s*ค|[:;.]|(?:ไม่\\s*)?เป็น\\s*ไป\\s*ตาม|ความ\\s*ก้าว\\s*หน้า|งบ\\s*ประมาณ\\s*ที่\\s*เบิก)");
    /** A value wrapped after its "=" (a long amount) belongs on the line of its label. */
    private static final Pattern WRAPPED_AFTER_EQUALS = Pattern.compile("=[ \\t]*\n[ \\t]*");
    /** A head of one entry whose date OCR garbled: short, with digits, before the status's colon. */
    private static final Pattern UNREAD_DATE_HEAD = Pattern.compile("^([^:]{4,24}?)\\s*:\\s*(.+)$");
    /** เป็น of the flags, its เ read as {@code !} or {@code |} in the loopless fonts. */
    private static final String PEN = "[เ!|]ป็น";
    private static final Pattern PLAN = OcrTolerance.compile("(ไม่\\s*)?" + PEN + "\\s*ไป\\s*ตาม\\s*แผน");
    private static final Pattern TARGET = OcrTolerance.compile("(ไม่\\s*)?" + PEN + "\\s*ไป\\s*ตาม\\s*เป้า\\s*หมาย");
    private static final Pattern OPENS_WITH_FLAG = OcrTolerance.compile("^[\\s:;.]*(?:ไม่\\s*)?" + PEN + "\\s*ไป\\s*ตาม\\s*(?:แผน|เป้า)");
    /**
     * What a date head may open with before its first digit: วันที่ or a weekday (วันพฤหัสบดีที่,
     * OCR's วนพฤหสบดีที, พฤ.); the date parser decides whether it is one.
     */
    private static final String HEAD_LEAD = "(?:ว[^:0-9๐-๙]{0,22}|[\\u0E01-\\u0E4E]{1,2}\\.?\\s*)?";
    /** The letters HEAD_LEAD starts with: a cheap test before the pattern runs on every status segment. */
    private static final String HEAD_LEAD_LETTERS = "วจอพศส";
    /** A date segment is a short dated head, then a colon and the status. */
    private static final Pattern DATE_HEAD = Pattern.compile("^(" + HEAD_LEAD + "[0-9๐-๙][^:]{3,40}?)\\s*(?::\\s*(.*))?$");
    /**
     * The same for a head with a time (15/10/2562 10:30 : status): a colon between digits is the
     * time's, only another one opens the status.
     */
    private static final Pattern TIMED_DATE_HEAD = Pattern.compile("^(" + HEAD_LEAD
            + "[0-9๐-๙](?:[^:]|(?<=[0-9๐-๙]):(?=[0-9๐-๙])){3,40}?)\\s*(?:(?:(?<![0-9๐-๙]):|:(?![0-9๐-๙]))\\s*(.*))?$");
    private static final Pattern CLOCK_COLON = Pattern.compile("[0-9๐-๙]:[0-9๐-๙]");
    private static final Pattern HAS_DIGIT = Pattern.compile("[0-9๐-๙]");
    /** One sign before an entry's date, OCR's reading of its leading {@code ::} (* ๑๘ ก.ย. ๒๕๖๒, = 12/5/2562). */
    private static final Pattern SIGN_BEFORE_DATE = Pattern.compile("^[*'`\u2018\u2019=+]\\s+(?=[0-9๐-๙])");
    /** Longest segment read as a bare flag (": ไม่เป็นไปตามเป้าหมาย" and OCR noise around it). */
    private static final int MAX_FLAG_SEGMENT = 40;

    private final BuddhistDateParser dates;
    private final MarkupStripper markup;
    private final StatusClassifier classifier = new StatusClassifier();
    private final CitedDocumentParser cited;

    ProgressEntryParser(BuddhistDateParser dates, MarkupStripper markup) {
        this.dates = dates;
        this.markup = markup;
        this.cited = new CitedDocumentParser(dates);
    }

    /**
     * An entry, with what the parser's findings need of how it was printed.
     *
     * @param removedMarkup the markup removed from its status
     * @param date          the reading of its date when the entry keeps that date, otherwise null
     * @param citedDates    the readings of its cited documents' dates, in their order
     */
    record Parsed(ReportEntry entry, List<String> removedMarkup, DateReading date, List<DateReading> citedDates) {
        Parsed {
            removedMarkup = List.copyOf(removedMarkup);
            citedDates = List.copyOf(citedDates);
        }
    }

    /** The entries of section 2; a date implausible for {@code fiscalYear} (may be null) is read as unreadable. */
    List<Parsed> parse(List<String> lines, FiscalYear fiscalYear) {
        Drafts drafts = new Drafts();
        String section = WRAPPED_AFTER_EQUALS.matcher(joinWrapped(lines)).replaceAll("= ");
        for (String raw : segments(section)) {
            String segment = raw.strip();
            // A quote or star alone between breaks is OCR's reading of a dot of a cell's ::.
            if (segment.isEmpty() || STRAY_SIGNS.matcher(segment).matches()) {
                continue;
            }
            Matcher head = segment.startsWith("ร") ? HEAD.matcher(segment) : null;
            if (head != null && head.find()) {
                String number = head.group(1) != null ? head.group(1) : head.group(2);
                drafts.open(number == null ? null : Integer.valueOf(ThaiDigits.toArabic(number)));
                segment = segment.substring(head.end()).strip();
                // The number cell holds nothing else: a few stray signs after it are OCR's reading
                // of marks from the row below, not the entry's date.
                if (STRAY_AFTER_HEAD.matcher(segment).matches()) {
                    segment = "";
                }
            }
            Facts facts = Facts.read(segment);
            String text = segment.substring(0, facts.start()).strip();
            if (text.endsWith(":")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            if (!text.isEmpty()) {
                readText(text, drafts);
            }
            if (facts.any()) {
                drafts.forFacts(facts).apply(facts);
            }
        }
        List<Parsed> out = new ArrayList<>();
        for (EntryDraft d : drafts.all) {
            out.add(d.build(fiscalYear));
        }
        return out;
    }

    /**
     * The number of {@code (ครั้งที่ k)}. Its closing parenthesis is always printed; where none
     * was read and the number ends in 1, OCR read the parenthesis as that 1: {@code (ครั้งที่ 11 =}
     * is disbursement 1.
     */
    private static Integer disbursementNo(String match, String digits) {
        String k = ThaiDigits.toArabic(digits);
        if (k.length() > 1 && k.endsWith("1") && match.contains("(") && !CLOSES.matcher(match).find()) {
            k = k.substring(0, k.length() - 1);
        }
        return Integer.valueOf(k);
    }

    /**
     * The section cut at line breaks, tabs and {@code ::}, and at the {@code ..}, {@code :.},
     * {@code ;:} or {@code ':} that OCR reads a line's or a cell's leading {@code ::} as (when a
     * space follows it). A scan by hand: this runs over the whole section, and a regular
     * expression with a line-start branch tried at every position cost a tenth of the parse.
     */
    private static List<String> segments(String section) {
        List<String> out = new ArrayList<>();
        int n = section.length();
        int from = 0;
        int i = 0;
        while (i < n) {
            int end = breakEnd(section, i);
            if (end < 0) {
                i++;
                continue;
            }
            out.add(section.substring(from, i));
            from = end;
            i = end;
        }
        out.add(section.substring(from));
        return out;
    }

    /** The end of the segment break that starts at {@code i}, or -1 when none does. */
    private static int breakEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\t') {
            return i + 1;
        }
        if (c == ':' && i + 1 < s.length() && s.charAt(i + 1) == ':') {
            return i + 2;
        }
        if (i > 0 && s.charAt(i - 1) != '\n' && s.charAt(i - 1) != '\t') {
            return -1;
        }
        int j = i;
        while (j < s.length() && AsciiSpace.is(s.charAt(j))) {
            j++;
        }
        return j + 2 < s.length() && (isLeadingMark(s.charAt(j)) || isQuote(s.charAt(j)))
                && isLeadingMark(s.charAt(j + 1)) && AsciiSpace.is(s.charAt(j + 2)) ? j + 3 : -1;
    }

    private static boolean isLeadingMark(char c) {
        return c == '.' || c == ':' || c == ';';
    }

    /** The first dot of {@code ::}, read as a quote when the cell's rule left a tick above it. */
    private static boolean isQuote(char c) {
        return c == '\'' || c == '`' || c == '\u2018' || c == '\u2019';
    }

    /**
     * Lines as printed, with each wrapped line joined to the line it continues: a print wraps
     * anywhere, even inside ความ|ก้าวหน้า or เป็นไปตาม|แผน, which must be read whole.
     */
    private static String joinWrapped(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(OPENS_PART.matcher(line).find() || line.startsWith("\t") ? '\n' : ' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** A segment with no facts: an entry's date and status, or a wrapped status line. */
    private void readText(String text, Drafts drafts) {
        DateHead head = dateHead(text);
        EntryDraft current = drafts.current();
        // A wrapped status line may begin with a date; a new entry's date is followed by its status.
        boolean opensEntry = head != null && (head.colon() || current == null || current.dateText == null);
        if (opensEntry) {
            if (current == null || current.dateText != null || current.status != null || current.factsSeen) {
                current = drafts.open(null);
            }
            current.dateText = head.date().text();
            current.date = head.date();
            current.status = head.status() == null ? null : new StringBuilder(head.status());
        } else if (current != null && current.no != null && current.dateText == null && current.status == null
                && !current.factsSeen && unreadDate(text) != null) {
            // The numbered entry's date is there but unreadable: keep the print, the audit says date.invalid.
            Matcher m = unreadDate(text);
            current.dateText = m.group(1).strip();
            current.status = new StringBuilder(m.group(2).strip());
        } else if (current != null && !current.factsSeen) {
            if (current.status == null) {
                current.status = new StringBuilder(text);
            } else {
                current.status.append(' ').append(text);
            }
        }
    }

    private static Matcher unreadDate(String text) {
        Matcher m = UNREAD_DATE_HEAD.matcher(text);
        return m.matches() && HAS_DIGIT.matcher(m.group(1)).find() ? m : null;
    }

    /** A segment's leading date, whether a colon follows it, and the status after that colon (null when blank). */
    private record DateHead(DateReading date, boolean colon, String status) {
    }

    private DateHead dateHead(String text) {
        String segment = SIGN_BEFORE_DATE.matcher(text).replaceFirst("");
        char first = segment.charAt(0);
        if (!ThaiDigits.isDigit(first) && HEAD_LEAD_LETTERS.indexOf(first) < 0) {
            return null;
        }
        DateHead head = dateHead(DATE_HEAD, segment);
        return head == null && CLOCK_COLON.matcher(segment).find() ? dateHead(TIMED_DATE_HEAD, segment) : head;
    }

    private DateHead dateHead(Pattern pattern, String segment) {
        Matcher m = pattern.matcher(segment);
        if (!m.matches()) {
            return null;
        }
        DateReading reading = dates.parse(m.group(1));
        if (!reading.ok() && reading.problem().startsWith("not a date")) {
            return null;
        }
        String status = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
        return new DateHead(reading, m.group(2) != null, status);
    }

    /** The entries read so far; facts with no entry to go to open an unnumbered one. */
    private final class Drafts {
        final List<EntryDraft> all = new ArrayList<>();

        EntryDraft current() {
            return all.isEmpty() ? null : all.get(all.size() - 1);
        }

        EntryDraft open(Integer no) {
            EntryDraft d = new EntryDraft(no);
            all.add(d);
            return d;
        }

        /** A second progress line without a new head belongs to an entry printed without one. */
        EntryDraft forFacts(Facts facts) {
            EntryDraft c = current();
            if (c == null || (facts.progress() != null && c.progress != null)) {
                return open(null);
            }
            return c;
        }
    }

    /** What a progress line states; {@code start} is where the first of it was printed. */
    private record Facts(int start, Double progress, Integer disbursementNo, boolean disbursementUnclosed,
                         BigDecimal disbursedAmount, Boolean onPlan, Boolean onTarget) {

        static Facts read(String segment) {
            int start = segment.length();
            Double progress = null;
            Integer no = null;
            boolean unclosed = false;
            BigDecimal amount = null;
            Boolean plan = null;
            Boolean target = null;
            // Cheap look-ups first: most segments are statuses that hold none of these.
            Matcher p;
            // The search starts a label's first word before ก้าวหน้า, which OCR rarely garbles; a
            // segment without หน, as most statuses are, is not searched.
            Matcher word = !segment.contains("หน") ? null : PROGRESS_WORD.matcher(segment);
            if (word != null && word.find()
                    && (p = PROGRESS.matcher(segment)).find(Math.max(0, word.start() - PROGRESS_LABEL_LEAD))) {
                progress = ThaiNumbers.parsePercent(p.group(1));
                start = Math.min(start, p.start());
            }
            Matcher d;
            if (segment.contains("เบิก") && (d = DISBURSED.matcher(segment)).find()) {
                no = ProgressEntryParser.disbursementNo(d.group(0), d.group(1));
                unclosed = d.group(0).contains("(") && !CLOSES.matcher(d.group(0)).find();
                // DISBURSED let a space in only before a group of three: here it is a comma however
                // long the group before it is (3138 863, the first comma lost).
                // A zero amount's 0 read as the letter O (=O บาท) is zero.
                amount = ThaiNumbers.parseAmount(d.group(2).replace(" ", "").replace('O', '0').replace('o', '0'));
                start = Math.min(start, labelStart(segment, d.start()));
            }
            // A flag counts only as a field of its own or beside a progress line, never
            // inside a status sentence that happens to say เป็นไปตามแผน.
            // A line that opens with a flag is the flags row, however much noise OCR read after it.
            boolean flagsHere = (start < segment.length() || segment.length() <= MAX_FLAG_SEGMENT
                    || OPENS_WITH_FLAG.matcher(segment).find()) && segment.contains("ตาม");
            Matcher pl;
            if (flagsHere && (pl = PLAN.matcher(segment)).find()) {
                plan = pl.group(1) == null;
                start = Math.min(start, pl.start());
            }
            Matcher t;
            if (flagsHere && (t = TARGET.matcher(segment)).find()) {
                target = t.group(1) == null;
                start = Math.min(start, t.start());
            }
            return new Facts(start, progress, no, unclosed, amount, plan, target);
        }

        /** The disbursement is printed as งบประมาณที่เบิกใช้: its label starts before เบิก. */
        private static int labelStart(String segment, int at) {
            int label = segment.lastIndexOf("งบประมาณ", at);
            return label >= 0 && at - label < 12 ? label : at;
        }

        boolean any() {
            return progress != null || disbursementNo != null || onPlan != null || onTarget != null;
        }
    }

    private final class EntryDraft {
        final Integer no;
        String dateText;
        DateReading date;
        StringBuilder status;
        Double progress;
        Integer disbursementNo;
        boolean disbursementUnclosed;
        BigDecimal disbursedAmount;
        Boolean onPlan;
        Boolean onTarget;
        boolean factsSeen;

        EntryDraft(Integer no) {
            this.no = no;
        }

        void apply(Facts f) {
            factsSeen = true;
            if (f.progress() != null) {
                progress = f.progress();
            }
            if (f.disbursementNo() != null) {
                disbursementNo = f.disbursementNo();
                disbursementUnclosed = f.disbursementUnclosed();
                disbursedAmount = f.disbursedAmount();
            }
            if (f.onPlan() != null) {
                onPlan = f.onPlan();
            }
            if (f.onTarget() != null) {
                onTarget = f.onTarget();
            }
        }

        /**
         * The disbursement's number. A report's disbursements are counted up to it, so one of two
         * digits past the report's own number, with no closing parenthesis read, is a digit and
         * the parenthesis OCR read as a digit: {@code (ครั้งที่ 44 =} in report 4 is disbursement 4.
         */
        private Integer disbursement() {
            if (disbursementUnclosed && disbursementNo != null && no != null && disbursementNo >= 10
                    && disbursementNo < 100 && disbursementNo > no) {
                return disbursementNo / 10;
            }
            return disbursementNo;
        }

        Parsed build(FiscalYear fiscalYear) {
            String text = null;
            List<String> removed = List.of();
            if (status != null) {
                MarkupStripper.Stripped stripped = markup.strip(OcrTolerance.trimTrailingNoise(status.toString()));
                text = stripped.text().isBlank() ? null : stripped.text();
                removed = stripped.removed();
            }
            LocalDate read = date == null || DatePlausibility.problem(date.date(), fiscalYear) != null ? null : date.date();
            List<CitedDocumentParser.Citation> citations = cited.parse(text);
            ReportEntry entry = new ReportEntry(no, read, dateText, text,
                    classifier.classify(text), progress, disbursement(), disbursedAmount, onPlan, onTarget,
                    citations.stream().map(CitedDocumentParser.Citation::document).toList());
            return new Parsed(entry, removed, read == null ? null : date,
                    citations.stream().map(CitedDocumentParser.Citation::date).toList());
        }
    }
}
