package raingan.testdata.print;

import static raingan.testdata.print.FormHtmlWriter.esc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's text export (a real one, such as the seed) laid out as the system prints the form:
 * the {@code label : value} lines of sections 1.1 and 1.2 as ruled tables, fiscal year paired
 * with start and budget received with end, section 2's entries as rows of a ruled table of four
 * cells (the export's tabbed lines as they are, its multi-line entries gathered into one row),
 * the rest as lines. The words stay exactly as exported, so the print reads back to the same
 * record as the text.
 */
public final class ExportFormHtml {

    private static final Pattern BOLD = Pattern.compile("^\\*\\*(.*)\\*\\*$");
    private static final Pattern FIELD = Pattern.compile("^(.+?)\\s+:\\s+(.*)$");
    private static final Pattern ENTRY = Pattern.compile("^(" + FormText.ENTRY + "\\s*[0-9๐-๙]*)\\s*(.*)$");

    private enum Part { OPENING, TABLE, LINES, ENTRIES }

    /** The export as one A4 HTML document in Laksaman 16 pt, the title at the top of every page. */
    public String document(String export) {
        SheetRows rows = new SheetRows();
        List<String[]> fields = new ArrayList<>();
        List<String[]> entry = new ArrayList<>();
        List<String[]> entries = new ArrayList<>();
        Part part = Part.OPENING;
        for (String raw : export.split("\n")) {
            String line = raw.stripTrailing();
            if (line.isBlank() || line.contains(FormText.TITLE) && line.startsWith("**")) {
                continue;
            }
            Matcher bold = BOLD.matcher(line.strip());
            if (bold.matches()) {
                part = flush(rows, part, fields, entries, entry);
                String heading = bold.group(1).strip();
                rows.div(heading.matches("^[0-9]\\.\\s.*") ? "h1" : "h2", heading);
                part = heading.startsWith("1.1") || heading.startsWith("1.2") ? Part.TABLE
                        : heading.startsWith("2.") ? Part.ENTRIES : Part.LINES;
                continue;
            }
            if (part == Part.TABLE && FIELD.matcher(line).matches()) {
                Matcher m = FIELD.matcher(line);
                m.matches();
                fields.add(new String[] {m.group(1), m.group(2)});
                continue;
            }
            if (part == Part.ENTRIES && entryLine(line, entry, entries)) {
                continue;
            }
            part = flush(rows, part, fields, entries, entry);
            rows.div("f", line.strip());
            if (part == Part.ENTRIES) {
                part = Part.LINES;
            }
        }
        flush(rows, part, fields, entries, entry);
        return "<!DOCTYPE html>\n<html lang=\"th\"><head><meta charset=\"utf-8\">\n<title>" + esc(FormText.TITLE)
                + "</title>\n<style>\n" + FormHtmlWriter.css() + "</style></head><body>\n<section class=\"report\" "
                + "style=\"font-family: 'Laksaman', serif; font-size: 16pt;\"><table class=\"sheet\">\n<thead><tr><td>** "
                + esc(FormText.TITLE) + " **</td></tr></thead>\n<tbody>\n" + rows + "</tbody></table></section>\n"
                + "</body></html>\n";
    }

    /** Takes a line of section 2 into the entries; false for a line that is none (the certification). */
    private static boolean entryLine(String line, List<String[]> entry, List<String[]> entries) {
        if (line.indexOf('\t') >= 0) {
            closeEntry(entry, entries);
            String[] cells = Arrays.copyOf(line.split("\t", -1), 4);
            for (int i = 0; i < 4; i++) {
                cells[i] = cells[i] == null ? "" : cells[i].strip();
            }
            entries.add(cells);
            return true;
        }
        String s = line.strip();
        Matcher head = ENTRY.matcher(s);
        if (head.matches()) {
            closeEntry(entry, entries);
            entry.add(new String[] {head.group(1), head.group(2), "", ""});
            return true;
        }
        if (entry.isEmpty() || !(s.startsWith(":") || s.startsWith("::"))) {
            return false;
        }
        String[] cells = entry.get(0);
        if (s.contains("แผน") && !s.contains("ก้าวหน้า")) {
            cells[2] = s;
        } else if (s.contains("เป้าหมาย") && !s.contains("ก้าวหน้า")) {
            cells[3] = s;
        } else {
            cells[1] = (cells[1] + " " + s).strip();
        }
        return true;
    }

    private static void closeEntry(List<String[]> entry, List<String[]> entries) {
        entries.addAll(entry);
        entry.clear();
    }

    /** Writes what a part gathered, and leaves it. */
    private static Part flush(SheetRows rows, Part part, List<String[]> fields, List<String[]> entries,
                              List<String[]> entry) {
        if (part == Part.TABLE && !fields.isEmpty()) {
            rows.raw(fieldTable(fields));
            fields.clear();
        }
        if (part == Part.ENTRIES) {
            closeEntry(entry, entries);
            for (String[] e : entries) {
                rows.unbroken("ruled", RuledFormHtml.entryTable(e[0], e[1], e[2], e[3]));
            }
            entries.clear();
        }
        return part;
    }

    /** The fields as the system's ruled table: fiscal year beside start, budget received beside end. */
    private static String fieldTable(List<String[]> fields) {
        StringBuilder t = new StringBuilder(RuledFormHtml.grid("", 25, 25, 22, 28));
        for (int i = 0; i < fields.size(); i++) {
            String[] f = fields.get(i);
            String[] next = i + 1 < fields.size() ? fields.get(i + 1) : null;
            if (next != null && (f[0].startsWith(FormText.FISCAL_YEAR.substring(0, 5)) && next[0].startsWith("เริ่ม")
                    || f[0].startsWith(FormText.RECEIVED) && next[0].startsWith("สิ้น"))) {
                t.append(RuledFormHtml.pair(f[0], f[1], next[0], next[1]));
                i++;
            } else {
                t.append(RuledFormHtml.wide(f[0], f[1]));
            }
        }
        return t.append("</table>").toString();
    }
}
