package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import raingan.model.Finding;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code text.suspect-characters}: a text field of the project or of a report entry holds
 * characters that do not belong in Thai text, the marks of OCR or encoding damage: Lao
 * letters (OCR look-alikes of Thai), U+FFFD, a {@code ?} whose nearest non-space neighbour
 * is a Thai letter or digit (a lost character), control characters other than tab and
 * line breaks, and Khmer or Myanmar letters. One finding per field, pointing at it.
 *
 * <p>Every string of {@code project} and {@code reports} is visited through the record's
 * record components, so fields added to the model later are covered without a change here.
 * {@code dateText} is skipped (dates are {@code date.invalid}'s concern) and so is
 * {@code source}, which describes the file rather than the report. The info finding for
 * markup removed on the way in belongs to the parser, not to this rule.
 */
public final class SuspectCharactersRule implements AuditRule {

    private static final String SKIPPED_FIELD = "dateText";
    private static final int CONTEXT_CHARS = 20;

    private final RecordTexts texts = new RecordTexts(SKIPPED_FIELD);

    @Override
    public List<Finding> check(ReportRecord record) {
        List<Finding> findings = new ArrayList<>();
        BiConsumer<String, String> inspect = (pointer, text) -> {
            Finding finding = inspect(text, pointer);
            if (finding != null) {
                findings.add(finding);
            }
        };
        if (record.project() != null) {
            texts.visit(record.project(), "/project", inspect);
        }
        texts.visit(record.reports(), "/reports", inspect);
        return findings;
    }

    /** The finding for one text field, or null when its characters are all plausible. */
    private static Finding inspect(String text, String pointer) {
        int start = firstSuspect(text);
        if (start < 0) {
            // Nearly every field: decided without building the samples.
            return null;
        }
        Map<Kind, StringBuilder> found = new LinkedHashMap<>();
        int first = -1;
        for (int i = start; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Kind kind = classify(text, i, cp);
            if (kind != null) {
                found.computeIfAbsent(kind, k -> new StringBuilder());
                StringBuilder sample = found.get(kind);
                if (sample.codePointCount(0, sample.length()) < 12) {
                    sample.append(kind.shown(cp));
                }
                if (first < 0) {
                    first = i;
                }
            }
            i += Character.charCount(cp);
        }
        if (found.isEmpty()) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        found.forEach((kind, sample) -> problems.add(kind.describe(sample.toString().strip())));
        return new Finding(RuleId.TEXT_SUSPECT_CHARACTERS, Severity.WARNING, pointer,
                "The text at " + pointer + " holds characters that do not belong in Thai text: "
                        + String.join("; ", problems) + ", near \"" + context(text, first)
                        + "\"; correct it from the printed page.");
    }

    private static int firstSuspect(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (classify(text, i, cp) != null) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static Kind classify(String text, int index, int cp) {
        // Nearly every character is printable ASCII or Thai: answer those without a script lookup.
        if ((cp >= 0x20 && cp < 0x7F && cp != '?') || (cp >= 0x0E01 && cp <= 0x0E5B)) {
            return null;
        }
        if (cp >= 0x0E80 && cp <= 0x0EFF) {
            return Kind.LAO;
        }
        if (cp == 0xFFFD) {
            return Kind.REPLACEMENT;
        }
        if (cp == '?') {
            return besideThai(text, index) ? Kind.LOST : null;
        }
        if (Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r') {
            return Kind.CONTROL;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.KHMER || script == Character.UnicodeScript.MYANMAR) {
            return Kind.FOREIGN_SCRIPT;
        }
        return null;
    }

    /** True when the nearest non-space character on either side of {@code index} is Thai. */
    private static boolean besideThai(String text, int index) {
        int before = index - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = index + 1;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return (before >= 0 && isThai(text.codePointBefore(before + 1)))
                || (after < text.length() && isThai(text.codePointAt(after)));
    }

    private static boolean isThai(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.THAI;
    }

    private static String context(String text, int index) {
        int from = Math.max(0, index - CONTEXT_CHARS);
        int to = Math.min(text.length(), index + CONTEXT_CHARS);
        // widen to whole characters: never start or end inside a surrogate pair or before a Thai vowel or tone mark
        while (from > 0 && (Character.isLowSurrogate(text.charAt(from)) || isMark(text.charAt(from)))) {
            from--;
        }
        while (to < text.length() && (Character.isLowSurrogate(text.charAt(to)) || isMark(text.charAt(to)))) {
            to++;
        }
        StringBuilder shown = new StringBuilder();
        text.substring(from, to).codePoints().forEach(cp -> shown.append(
                Character.getType(cp) == Character.CONTROL ? " " : new String(Character.toChars(cp))));
        return (from > 0 ? "…" : "") + shown + (to < text.length() ? "…" : "");
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private enum Kind {
        LAO("Lao letters \"%s\" that OCR took for Thai"),
        REPLACEMENT("the replacement character U+FFFD where a character was lost in conversion"),
        LOST("a '?' standing for a lost Thai character"),
        CONTROL("control characters %s"),
        FOREIGN_SCRIPT("Khmer or Myanmar letters \"%s\"");

        private final String template;

        Kind(String template) {
            this.template = template;
        }

        String describe(String sample) {
            return template.contains("%s") ? String.format(Locale.ROOT, template, sample) : template;
        }

        /** Control characters are shown by code so the message stays printable. */
        String shown(int cp) {
            return this == CONTROL ? String.format(Locale.ROOT, "U+%04X ", cp) : new String(Character.toChars(cp));
        }
    }
}
