package raingan.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import raingan.ingest.normalise.MarkupStripper;
import raingan.ingest.normalise.ThaiDigits;
import raingan.ingest.normalise.ThaiNumbers;
import raingan.ingest.parse.date.BuddhistDateParser;
import raingan.ingest.parse.date.DateReading;
import raingan.model.Finding;
import raingan.model.FiscalYear;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;
import raingan.model.Strategy;

/**
 * Reads the BMA project progress report (แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ):
 * sections 1.1–1.6 into the project, section 2 into report entries. Values keep their
 * words as printed; markup debris is removed and reported. Text that is not this form
 * gives form {@code unknown}, never an exception.
 */
public final class BmaProgressFormParser implements FormParser {

    /** Labels only this form prints; two of them (or its title) make a document this form. */
    private static final List<Pattern> FORM_MARKS = List.of(
            OcrTolerance.compile("[ชซ]ื่อ\\s*โครงการ"), OcrTolerance.compile("รหัส\\s*โครงการ"),
            OcrTolerance.compile("ปี\\s*งบ\\s*ประมาณ"), OcrTolerance.compile("รายงาน\\s*ครั้ง\\s*ที่"),
            OcrTolerance.compile("หน่วย\\s*งาน\\s*ที่\\s*รับ\\s*ผิด\\s*ชอบ"));
    private static final Pattern YEAR = Pattern.compile("[0-9๐-๙]{4}");

    private final BuddhistDateParser dates = new BuddhistDateParser();
    private final MarkupStripper markup = new MarkupStripper();
    private final PersonParser persons = new PersonParser();
    private final ListSectionParser lists = new ListSectionParser();
    private final ProgressEntryParser entries = new ProgressEntryParser(dates, markup);

    @Override
    public ParsedForm parse(String text) {
        if (!isThisForm(text)) {
            return new ParsedForm(ReportRecord.FORM_UNKNOWN, null, List.of(), List.of());
        }
        DocumentSections doc = DocumentSections.split(text);
        LabelledFields fields = LabelledFields.read(doc.lines(Section.HEADER), doc.lines(Section.STRATEGY));
        List<Finding> findings = new ArrayList<>();

        FiscalYear fiscalYear = fiscalYear(fields);
        FiscalYear datesAround = datesAround(fiscalYear, fields);
        Project project = new Project(
                text(fields, HeaderField.NAME, "/project/name", findings),
                fields.get(HeaderField.CODE).map(c -> AsciiSpace.replaceRuns(ThaiDigits.toArabic(c), "")).orElse(null),
                fiscalYear,
                date(fields, HeaderField.START_DATE, "/project/startDate", datesAround, findings),
                date(fields, HeaderField.END_DATE, "/project/endDate", datesAround, findings),
                fields.get(HeaderField.BUDGET_RECEIVED).map(ThaiNumbers::parseAmount).orElse(null),
                fields.get(HeaderField.BUDGET_SPENT).map(ThaiNumbers::parseAmount).orElse(null),
                agency(fields),
                fields.get(HeaderField.RESPONSIBLE).map(persons::parse).orElse(null),
                fields.get(HeaderField.COORDINATOR).map(persons::parse).orElse(null),
                list(doc, Section.RATIONALE, "/project/rationale", findings),
                list(doc, Section.OBJECTIVES, "/project/objectives", findings),
                list(doc, Section.TARGETS, "/project/targets", findings),
                strategy(fields, findings));

        List<ReportEntry> reports = new ArrayList<>();
        for (ProgressEntryParser.Parsed parsed : entries.parse(doc.lines(Section.REPORTS), datesAround)) {
            String at = "/reports/" + reports.size();
            if (!parsed.removedMarkup().isEmpty()) {
                findings.add(markupFinding(at + "/status", parsed.removedMarkup()));
            }
            WeekdayMismatch.check(at + "/date", parsed.date()).ifPresent(findings::add);
            for (int j = 0; j < parsed.citedDates().size(); j++) {
                WeekdayMismatch.check(at + "/citedDocuments/" + j + "/date", parsed.citedDates().get(j))
                        .ifPresent(findings::add);
            }
            reports.add(parsed.entry());
        }
        return new ParsedForm(ReportRecord.FORM_BMA_PROGRESS, project, reports, findings);
    }

    private static boolean isThisForm(String text) {
        if (DocumentSections.FORM_TITLE.matcher(text).find()) {
            return true;
        }
        return FORM_MARKS.stream().filter(p -> p.matcher(text).find()).count() >= 2;
    }

    private String text(LabelledFields fields, HeaderField field, String at, List<Finding> findings) {
        Optional<String> value = fields.get(field);
        if (value.isEmpty()) {
            return null;
        }
        MarkupStripper.Stripped stripped = markup.strip(value.get());
        if (!stripped.removed().isEmpty()) {
            findings.add(markupFinding(at, stripped.removed()));
        }
        return stripped.text().isEmpty() ? null : stripped.text();
    }

    private FiscalYear fiscalYear(LabelledFields fields) {
        return fields.get(HeaderField.FISCAL_YEAR)
                .map(v -> YEAR.matcher(v))
                .filter(java.util.regex.Matcher::find)
                .map(m -> Integer.parseInt(ThaiDigits.toArabic(m.group())))
                // A year printed in the Common Era (rare, but exports do it) is converted, not misread.
                .map(y -> FiscalYear.ofBuddhistYear(y >= 2400 ? y : y + FiscalYear.BE_OFFSET))
                .orElse(null);
    }

    /**
     * The fiscal year the report's dates are judged against (DatePlausibility): the printed one,
     * unless the project's start and end, read as printed, agree with each other and both lie
     * decades from it. Then it is the printed year OCR misread (2565 as 2505), and judging by it
     * would throw away every date of the report; they are judged by the start's fiscal year. The
     * record keeps the fiscal year as read.
     */
    private FiscalYear datesAround(FiscalYear printed, LabelledFields fields) {
        java.time.LocalDate start = fields.get(HeaderField.START_DATE).map(dates::parse)
                .filter(DateReading::ok).map(DateReading::date).orElse(null);
        java.time.LocalDate end = fields.get(HeaderField.END_DATE).map(dates::parse)
                .filter(DateReading::ok).map(DateReading::date).orElse(null);
        if (printed == null || start == null || end == null || DatePlausibility.problem(start, printed) == null
                || DatePlausibility.problem(end, printed) == null
                || Math.abs(end.getYear() - start.getYear()) > DatePlausibility.MAX_PROJECT_YEARS) {
            return printed;
        }
        int ce = start.getMonthValue() >= 10 ? start.getYear() + 1 : start.getYear();
        return FiscalYear.ofBuddhistYear(ce + FiscalYear.BE_OFFSET);
    }

    private java.time.LocalDate date(LabelledFields fields, HeaderField field, String at, FiscalYear fiscalYear,
                                     List<Finding> findings) {
        Optional<String> printed = fields.get(field);
        if (printed.isEmpty()) {
            return null;
        }
        DateReading reading = dates.parse(printed.get());
        String problem = reading.ok() ? DatePlausibility.problem(reading.date(), fiscalYear) : reading.problem();
        if (problem != null) {
            findings.add(new Finding(RuleId.DATE_INVALID, Severity.ERROR, at,
                    "The printed date '" + printed.get() + "' cannot be used: " + problem + "."));
            return null;
        }
        WeekdayMismatch.check(at, reading).ifPresent(findings::add);
        return reading.date();
    }

    private static List<String> agency(LabelledFields fields) {
        return fields.get(HeaderField.AGENCY)
                .map(v -> Arrays.stream(v.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(null);
    }

    private List<String> list(DocumentSections doc, Section section, String at, List<Finding> findings) {
        if (!doc.printed(section)) {
            return null;
        }
        ListSectionParser.Items items = lists.parse(doc.lines(section));
        if (!items.numberedInSequence()) {
            findings.add(new Finding(RuleId.LIST_NUMBERING, Severity.INFO, at,
                    "The items of " + at.substring(at.lastIndexOf('/') + 1) + " are numbered "
                            + items.numbering() + " instead of 1, 2, 3…; they are kept in print order."));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.items().size(); i++) {
            MarkupStripper.Stripped stripped = markup.strip(items.items().get(i));
            if (!stripped.removed().isEmpty()) {
                findings.add(markupFinding(at + "/" + i, stripped.removed()));
            }
            out.add(stripped.text());
        }
        return out;
    }

    private Strategy strategy(LabelledFields fields, List<Finding> findings) {
        Strategy s = new Strategy(
                text(fields, HeaderField.ISSUE, "/project/strategy/issue", findings),
                text(fields, HeaderField.SUB_ISSUE, "/project/strategy/subIssue", findings),
                text(fields, HeaderField.GOAL, "/project/strategy/goal", findings),
                text(fields, HeaderField.INDICATOR, "/project/strategy/indicator", findings));
        return s.issue() == null && s.subIssue() == null && s.goal() == null && s.indicator() == null ? null : s;
    }

    private static Finding markupFinding(String at, List<String> removed) {
        return new Finding(RuleId.TEXT_SUSPECT_CHARACTERS, Severity.INFO, at,
                "Removed markup left by the export (" + String.join(", ", new java.util.LinkedHashSet<>(removed))
                        + "); the text is kept without it.");
    }
}
