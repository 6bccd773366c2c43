package raingan.testdata.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import raingan.model.Person;
import raingan.testdata.print.PrintedItem;

/** Writes section 1 of a draft: the project's name, code, agency, people and texts. */
final class ProjectWriter {

    private static final int MAX_ITEMS = 5;

    void write(Draft d) {
        Pick pick = d.pick;
        d.agency = pick.one(Agency.ALL);
        d.theme = pick.one(d.agency.themes());
        d.slots = new Slots(pick, d.fiscalYear.be());
        d.code = d.slots.fill(d.agency.codePrefix()) + "0000-" + pick.digits(4);
        d.name = name(d);
        agency(d);
        d.responsible = person(pick);
        d.responsibleText = printed(pick, d.responsible);
        d.coordinator = person(pick);
        d.coordinatorText = printed(pick, d.coordinator);
        texts(d);
        strategy(d);
    }

    private static String name(Draft d) {
        Pick pick = d.pick;
        String name = d.slots.fill(pick.one(d.theme.names()));
        if (!name.startsWith("โครงการ") && pick.chance(0.4)) {
            name = "โครงการ" + name;
        }
        if (pick.chance(0.15)) {
            // Some agencies number their projects by plan item, as the seed's "1.6 โครงการ…".
            name = pick.between(1, 3) + "." + pick.between(1, 9) + " " + name;
        }
        return name;
    }

    private static void agency(Draft d) {
        List<String> parts = new ArrayList<>();
        for (String part : d.agency.parts()) {
            parts.add(d.slots.fill(part));
        }
        if (parts.size() >= 2 && d.pick.chance(0.1)) {
            // The system sometimes repeats the last unit (the seed does).
            parts.add(parts.get(parts.size() - 1));
        }
        d.agencyParts = parts;
        d.agencyText = String.join(d.pick.chance(0.85) ? " / " : "/", parts);
    }

    private static Person person(Pick pick) {
        boolean male = pick.chance(0.5);
        String first = pick.one(male ? Lexicon.MALE_NAMES : Lexicon.FEMALE_NAMES);
        String title;
        double roll = pick.fraction(0, 1);
        if (roll < 0.1) {
            title = "ดร.";
        } else if (roll < 0.16) {
            title = "ว่าที่ร้อยตรี";
        } else if (roll < 0.22) {
            title = "ว่าที่ร.ต.";
        } else {
            title = male ? "นาย" : pick.oneOf("นาง", "นางสาว");
        }
        String phone = null;
        double phoneRoll = pick.fraction(0, 1);
        if (phoneRoll < 0.4) {
            phone = Integer.toString(pick.between(1000, 9999));
        } else if (phoneRoll < 0.6) {
            phone = "02-" + pick.between(200, 299) + "-" + pick.digits(4);
        }
        return new Person(title, first + " " + pick.one(Lexicon.SURNAMES), phone);
    }

    private static String printed(Pick pick, Person p) {
        boolean spaced = p.title().endsWith(".") && pick.chance(0.3);
        return p.title() + (spaced ? " " : "") + p.name() + (p.phone() == null ? "" : " " + p.phone());
    }

    private static void texts(Draft d) {
        Pick pick = d.pick;
        Theme theme = d.theme;
        List<String> sentences = new ArrayList<>(theme.rationale());
        pick.shuffle(sentences);
        int paragraphs = pick.between(1, Math.min(3, sentences.size()));
        List<PrintedItem> rationale = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            String text = d.slots.fill(sentences.get(i));
            // A short paragraph sometimes takes the next sentence along, as people write.
            if (i == paragraphs - 1 && paragraphs < sentences.size() && pick.chance(0.3)) {
                text = text + " " + d.slots.fill(sentences.get(paragraphs));
            }
            rationale.add(new PrintedItem("-", LineBreaks.split(pick, text, 0.5)));
        }
        d.rationale = rationale;
        d.objectives = numbered(d, theme.objectives(), d.wants(DefectKind.LIST_NUMBERING));
        d.targets = numbered(d, theme.targets(), d.wants(DefectKind.LIST_NUMBERING));
    }

    private static List<PrintedItem> numbered(Draft d, List<String> pool, boolean atLeastTwo) {
        Pick pick = d.pick;
        int count = pick.between(atLeastTwo ? 2 : 1, Math.min(MAX_ITEMS, pool.size()));
        List<PrintedItem> items = new ArrayList<>();
        int n = 1;
        for (String template : pick.some(pool, count)) {
            items.add(new PrintedItem(n++ + ".", LineBreaks.split(pick, d.slots.fill(template), 0.2)));
        }
        return items;
    }

    private static void strategy(Draft d) {
        Pick pick = d.pick;
        StrategyCatalog.Goal goal = pick.one(d.theme.goals());
        boolean suspect = d.wants(DefectKind.SUSPECT_CHARACTER);
        d.issue = goal.issueText(suspect ? "?" : "-");
        if (suspect) {
            d.plant(DefectKind.SUSPECT_CHARACTER, "/project/strategy/issue");
        }
        d.subIssue = goal.subIssueText();
        d.goal = goal.goalLine();
        d.indicator = LineBreaks.split(pick, pick.one(goal.indicators()), 0.4);
    }

    /** Start and end of the project inside its fiscal year, unless a defect moves them out. */
    void dates(Draft d) {
        Pick pick = d.pick;
        LocalDate fyStart = d.fiscalYear.start();
        LocalDate fyEnd = d.fiscalYear.end();
        d.startDate = pick.chance(0.5) ? fyStart : fyStart.plusDays(pick.between(1, 80));
        double endRoll = pick.fraction(0, 1);
        if (endRoll < 0.4) {
            d.endDate = fyEnd;
        } else if (endRoll < 0.6) {
            d.endDate = fyEnd.minusDays(1);
        } else {
            d.endDate = d.startDate.plusMonths(pick.between(5, 11)).plusDays(pick.between(0, 20));
            if (d.endDate.isAfter(fyEnd)) {
                d.endDate = fyEnd;
            }
        }
        if (d.wants(DefectKind.START_OUTSIDE_FISCAL_YEAR)) {
            d.startDate = fyStart.minusDays(pick.between(20, 200));
            d.plant(DefectKind.START_OUTSIDE_FISCAL_YEAR, "/project/startDate");
        }
        if (d.wants(DefectKind.END_BEFORE_START)) {
            d.endDate = d.startDate.minusDays(pick.between(1, 90));
            d.plant(DefectKind.END_BEFORE_START, "/project/endDate");
        }
    }
}
