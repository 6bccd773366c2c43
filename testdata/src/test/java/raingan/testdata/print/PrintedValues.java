package raingan.testdata.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import raingan.ingest.normalise.ThaiDigits;
import raingan.model.CitedDocument;
import raingan.model.Person;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;

/** The truth's text values a print must show, and the comparison "white space aside". */
final class PrintedValues {

    private PrintedValues() {
    }

    /** Text without white space, digits as Arabic: how printed and true values are compared. */
    static String squash(String text) {
        return ThaiDigits.toArabic(text).replaceAll("\\s+", "");
    }

    /** Every text value of the truth that the print must carry, each labelled for the failure message. */
    static List<String[]> of(ReportRecord truth) {
        List<String[]> values = new ArrayList<>();
        Project p = truth.project();
        add(values, "name", p.name());
        add(values, "code", p.code());
        add(values, "fiscal year", Integer.toString(p.fiscalYear().be()));
        p.agency().forEach(a -> add(values, "agency", a));
        person(values, "responsible", p.responsible());
        person(values, "coordinator", p.coordinator());
        p.rationale().forEach(t -> add(values, "rationale", t));
        p.objectives().forEach(t -> add(values, "objective", t));
        p.targets().forEach(t -> add(values, "target", t));
        add(values, "issue", p.strategy().issue());
        add(values, "subIssue", p.strategy().subIssue());
        add(values, "goal", p.strategy().goal());
        add(values, "indicator", p.strategy().indicator());
        for (ReportEntry e : truth.reports()) {
            if (e.no() != null) {
                add(values, "entry number", "รายงานครั้งที่" + e.no());
            }
            if (e.isEmpty()) {
                continue;
            }
            add(values, "dateText", e.dateText());
            add(values, "status", e.status());
            if (e.progressPercent() != null) {
                add(values, "progress", "ความก้าวหน้าของงานฯ=" + String.format(Locale.ROOT, "%.2f", e.progressPercent()) + "%");
                add(values, "disbursement", "(ครั้งที่" + e.disbursementNo() + ")=");
                add(values, "plan", e.onPlan() ? ":เป็นไปตามแผน" : ":ไม่เป็นไปตามแผน");
                add(values, "target flag", e.onTarget() ? ":เป็นไปตามเป้าหมาย" : ":ไม่เป็นไปตามเป้าหมาย");
            }
            for (CitedDocument c : e.citedDocuments()) {
                if (c.number() != null) {
                    add(values, "cited number", "ที่" + c.number());
                }
            }
        }
        return values;
    }

    private static void person(List<String[]> values, String label, Person person) {
        add(values, label, person.title() + person.name());
        if (person.phone() != null) {
            add(values, label + " phone", person.phone());
        }
    }

    private static void add(List<String[]> values, String label, String value) {
        values.add(new String[] {label, value});
    }
}
