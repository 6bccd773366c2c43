package raingan.ingest.provenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raingan.ingest.extract.PageText;
import raingan.model.FieldSource;
import raingan.model.Person;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.Strategy;

/**
 * Finds where on its pages each value of a record was read. A value the parser kept as printed
 * (a name, a status, a printed date) is found again by its characters, each after the one
 * before it in the order the form prints them; a value the record keeps only as a number or ISO
 * date (a budget, the project's dates) by its label, in the label's own line or the cell after
 * it. An entry as a whole runs from its printed date to the next entry. Pure: the same record
 * and pages give the same provenance.
 */
public final class ProvenanceLocator {

    /** How many lines after its status the last entry may run: progress, plan, target. */
    private static final int LAST_ENTRY_LINES = 4;
    /** What an entry's number cell opens with: รายงานครั้งที่ N. */
    private static final String ENTRY_HEAD = "รายงาน";
    /** The sentence under the entries: ขอรับรองว่า ข้อมูลที่ปรากฏ… */
    private static final String CERTIFICATION = "ขอรับรอง";

    /** What the project's dates and budgets are found by: their labels' words, as OCR may misspell them. */
    private static final Map<String, List<String>> LABELS = labels();

    private static Map<String, List<String>> labels() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("startDate", List.of("เริ่มต้นโครงการ", "เริมต้นโครงการ", "เริ่มต้น"));
        m.put("budgetReceived", List.of("งบประมาณที่ได้รับ", "งบประมาณทีได้รับ", "ที่ได้รับ"));
        m.put("endDate", List.of("สิ้นสุดโครงการ", "สินสุดโครงการ", "สิ้นสุด"));
        m.put("budgetSpent", List.of("งบประมาณที่ใช้ไป", "งบประมาณทีใช้ไป", "ที่ใช้ไป"));
        return m;
    }

    /**
     * @param pages the pages the record was read from, their lines' texts normalised as the
     *              parser's text was
     * @return JSON Pointer → source, in the record's order; null when the pages hold no geometry
     */
    public Map<String, FieldSource> locate(ReportRecord record, List<PageText> pages) {
        PageLines lines = new PageLines(pages);
        if (lines.isEmpty()) {
            return null;
        }
        Map<String, FieldSource> out = new LinkedHashMap<>();
        Project p = record.project();
        int cursor = 0;
        if (p != null) {
            Cursor c = new Cursor(lines, out);
            c.value("/project/name", p.name());
            c.value("/project/code", p.code());
            if (p.fiscalYear() != null) {
                c.value("/project/fiscalYear", Integer.toString(p.fiscalYear().be()));
            }
            int labels = c.at;
            for (Map.Entry<String, List<String>> label : LABELS.entrySet()) {
                c.at = labels;
                c.labelled("/project/" + label.getKey(), label.getValue());
            }
            c.at = Math.max(c.at, labels);
            if (p.agency() != null && !p.agency().isEmpty()) {
                c.value("/project/agency", String.join("/", p.agency()));
            }
            c.person("/project/responsible", p.responsible());
            c.person("/project/coordinator", p.coordinator());
            c.items("/project/rationale", p.rationale());
            c.items("/project/objectives", p.objectives());
            c.items("/project/targets", p.targets());
            Strategy s = p.strategy();
            if (s != null) {
                c.value("/project/strategy/issue", s.issue());
                c.value("/project/strategy/subIssue", s.subIssue());
                c.value("/project/strategy/goal", s.goal());
                c.value("/project/strategy/indicator", s.indicator());
            }
            cursor = c.at;
        }
        entries(record.reports(), lines, cursor, out);
        return out;
    }

    /** Each entry from its printed date (or status) to the start of the next one. */
    private static void entries(List<ReportEntry> reports, PageLines lines, int from, Map<String, FieldSource> out) {
        int[][] found = new int[reports.size()][];
        Cursor c = new Cursor(lines, out);
        c.at = from;
        for (int i = 0; i < reports.size(); i++) {
            ReportEntry e = reports.get(i);
            int[] date = c.value("/reports/" + i + "/date", e.dateText());
            int[] status = c.value("/reports/" + i + "/status", e.status());
            int[] start = date != null ? date : status;
            if (start != null) {
                found[i] = new int[] {lines.startWithHead(start[0], ENTRY_HEAD), status != null ? status[1] : start[1]};
            }
        }
        for (int i = 0; i < reports.size(); i++) {
            if (found[i] == null) {
                continue;
            }
            int end = -1;
            for (int j = i + 1; j < reports.size() && end < 0; j++) {
                end = found[j] == null ? -1 : found[j][0];
            }
            if (end < 0) {
                // The last entry: its progress, plan and target lines, not the certification below them.
                end = lines.lineEnd(found[i][1] - 1, LAST_ENTRY_LINES);
                int[] certification = lines.find(CERTIFICATION, found[i][1]);
                if (certification != null) {
                    end = Math.min(end, certification[0]);
                }
            }
            FieldSource s = lines.source(found[i][0], Math.max(end, found[i][1]));
            if (s != null) {
                out.put("/reports/" + i, s);
            }
        }
        reorder(out, reports.size());
    }

    /** Each entry's own pointer before its fields', as the record holds them. */
    private static void reorder(Map<String, FieldSource> out, int entries) {
        Map<String, FieldSource> ordered = new LinkedHashMap<>();
        out.forEach((k, v) -> {
            if (!k.startsWith("/reports/")) {
                ordered.put(k, v);
            }
        });
        for (int i = 0; i < entries; i++) {
            String entry = "/reports/" + i;
            for (String key : new String[] {entry, entry + "/date", entry + "/status"}) {
                if (out.containsKey(key)) {
                    ordered.put(key, out.get(key));
                }
            }
        }
        out.clear();
        out.putAll(ordered);
    }

    /** Finds values one after another. */
    private static final class Cursor {
        private final PageLines lines;
        private final Map<String, FieldSource> out;
        int at;

        Cursor(PageLines lines, Map<String, FieldSource> out) {
            this.lines = lines;
            this.out = out;
        }

        /** The value found after the last one, recorded under {@code pointer}; its offsets, or null. */
        int[] value(String pointer, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            int[] found = lines.find(value, at);
            if (found == null) {
                return null;
            }
            put(pointer, found);
            at = found[1];
            return found;
        }

        void person(String pointer, Person person) {
            if (person != null && person.name() != null) {
                value(pointer, (person.title() == null ? "" : person.title()) + person.name());
            }
        }

        void items(String pointer, List<String> items) {
            if (items != null) {
                for (int i = 0; i < items.size(); i++) {
                    value(pointer + "/" + i, items.get(i));
                }
            }
        }

        /** The value after a label: on the label's line when it goes on, else the next line (the value cell). */
        void labelled(String pointer, List<String> labels) {
            for (String label : labels) {
                int[] found = lines.find(label, at);
                if (found == null) {
                    continue;
                }
                int lineEnd = lines.lineEnd(found[1] - 1);
                int[] value = lineEnd - found[1] > 1 ? new int[] {found[1], lineEnd} : lines.nextLine(found[0]);
                if (value != null) {
                    put(pointer, value);
                    at = Math.max(at, found[1]);
                }
                return;
            }
        }

        private void put(String pointer, int[] range) {
            FieldSource s = lines.source(range[0], range[1]);
            if (s != null) {
                out.put(pointer, s);
            }
        }
    }
}
