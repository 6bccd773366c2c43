package raingan.testdata.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report as the BMA system's plain-text export (the seed's form): bold headings as
 * {@code **…**}, {@code label : value} paragraphs separated by blank lines, and section 2's
 * entries in the printout's {@link EntryLayout}. The same printout always gives the same text.
 */
public final class TextExportWriter {

    /** A status longer than this pushes a tabbed entry's progress onto its own line, as in the seed. */
    private static final int LONG_STATUS = 150;

    public String write(Printout p) {
        boolean seed = p.seedLabels();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(title());
        paragraphs.add(bold(FormText.SECTION_1));
        paragraphs.add(bold(FormText.SECTION_1_1));
        paragraphs.add(field(FormText.NAME, p.name()));
        paragraphs.add(field(FormText.code(seed), p.code()));
        paragraphs.add(field(FormText.FISCAL_YEAR, p.fiscalYear()));
        paragraphs.add(field(FormText.START, p.startDate()));
        paragraphs.add(field(FormText.RECEIVED, p.budgetReceived() + " " + FormText.BAHT));
        paragraphs.add(field(FormText.END, p.endDate()));
        paragraphs.add(field(FormText.SPENT, p.budgetSpent() + " " + FormText.BAHT));
        paragraphs.add(bold(FormText.SECTION_1_2));
        paragraphs.add(field(FormText.agency(seed), p.agency()));
        paragraphs.add(field(FormText.responsible(seed), p.responsible()));
        paragraphs.add(field(FormText.COORDINATOR, p.coordinator()));
        paragraphs.add(bold(FormText.SECTION_1_3));
        items(paragraphs, p.rationale());
        paragraphs.add(bold(FormText.SECTION_1_4));
        items(paragraphs, p.objectives());
        paragraphs.add(bold(FormText.targets(seed)));
        items(paragraphs, p.targets());
        paragraphs.add(bold(FormText.SECTION_1_6));
        paragraphs.add(field(FormText.ISSUE, p.issue()));
        paragraphs.add(field(FormText.SUB_ISSUE, p.subIssue()));
        paragraphs.add(field(FormText.GOAL, p.goal()));
        paragraphs.add(field(FormText.indicator(seed), p.indicator().get(0)));
        paragraphs.addAll(p.indicator().subList(1, p.indicator().size()));
        paragraphs.add(bold(FormText.SECTION_2));

        StringBuilder out = new StringBuilder("\n\n\n\n");
        out.append(String.join("\n\n", paragraphs)).append("\n\n");
        entries(out, p);
        out.append(String.join("\n\n", FormText.CERTIFY, FormText.SIGNED, FormText.POSITION, FormText.DOTS));
        return out.append("\n").toString();
    }

    private static void entries(StringBuilder out, Printout p) {
        List<PrintedEntry> entries = p.entries();
        int multi = switch (p.layout()) {
            case MULTI_LINE -> entries.size();
            case TABBED -> 0;
            case MIXED -> p.multiLineCount();
        };
        for (int i = 0; i < multi; i++) {
            multiLine(out, entries.get(i));
        }
        if (multi < entries.size()) {
            if (multi > 0) {
                // The page break of the printed form: the title again at the top of the next page.
                out.append("\n\n\n").append(title()).append("\n\n");
            }
            for (int i = multi; i < entries.size(); i++) {
                tabbed(out, entries.get(i));
            }
            out.append("\n");
        }
    }

    private static void multiLine(StringBuilder out, PrintedEntry e) {
        if (e.empty()) {
            out.append(FormText.ENTRY).append(' ').append(e.number()).append("\n\n\n\n\n\n");
            return;
        }
        String label = e.number() == null ? "" : FormText.ENTRY + e.number() + " ";
        out.append(label).append(FormText.statusLine(e)).append("\n\n");
        if (e.progress() != null) {
            out.append(FormText.progressLine(e)).append("\n\n");
            out.append(": ").append(e.plan()).append("\n\n");
            out.append(": ").append(e.target()).append("\n\n");
        }
        out.append("\n\n\n");
    }

    private static void tabbed(StringBuilder out, PrintedEntry e) {
        String label = e.number() == null ? "" : FormText.ENTRY + e.number();
        if (e.empty()) {
            out.append(label).append("\t\t\t\n");
            return;
        }
        out.append(label).append('\t').append(FormText.statusLine(e));
        if (e.progress() == null) {
            out.append("\t\t\n");
            return;
        }
        String flags = "\t: " + e.plan() + "\t: " + e.target() + "\n";
        if (e.status().length() > LONG_STATUS) {
            out.append("\t\t\n\t").append(FormText.progressLine(e)).append(flags);
        } else {
            out.append(' ').append(FormText.progressLine(e)).append(flags);
        }
    }

    private static void items(List<String> paragraphs, List<PrintedItem> items) {
        for (PrintedItem item : items) {
            paragraphs.add(item.marker() + " " + item.lines().get(0));
            paragraphs.addAll(item.lines().subList(1, item.lines().size()));
        }
    }

    private static String title() {
        return "**\\*\\* " + FormText.TITLE + " \\*\\***";
    }

    private static String bold(String heading) {
        return "**" + heading + "**";
    }

    private static String field(String label, String value) {
        return label + " : " + value;
    }
}
