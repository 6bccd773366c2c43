package raingan.ingest.provenance;

import java.util.ArrayList;
import java.util.List;
import raingan.ingest.extract.PageGeometry;
import raingan.ingest.extract.PageText;
import raingan.ingest.extract.layout.Box;
import raingan.ingest.extract.layout.TextSpan;
import raingan.model.FieldSource;

/**
 * A document's lines with where each lies, as one searchable text: each line's text without
 * white space, all lines run together in reading order, so that a value the parser took from
 * them (white space changed, lines joined) is found again by its characters.
 */
final class PageLines {

    /** One line of one page. */
    private record Line(int page, PageText source, TextSpan span, int start, int end) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final String text;

    /** The pages' lines; their texts must have been normalised as the parser's text was. */
    PageLines(List<PageText> pages) {
        StringBuilder all = new StringBuilder();
        for (PageText p : pages) {
            PageGeometry g = p.geometry();
            if (g == null) {
                continue;
            }
            for (TextSpan s : g.lines()) {
                String squashed = squash(s.text());
                lines.add(new Line(p.number(), p, s, all.length(), all.length() + squashed.length()));
                all.append(squashed);
            }
        }
        text = all.toString();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Where {@code value} is found at or after {@code from}: its first and end offsets, or null. */
    int[] find(String value, int from) {
        String v = squash(value);
        if (v.isEmpty()) {
            return null;
        }
        int at = text.indexOf(v, from);
        return at < 0 ? null : new int[] {at, at + v.length()};
    }

    /** The offset just past the line holding {@code offset}. */
    int lineEnd(int offset) {
        return lineEnd(offset, 0);
    }

    /** The offset just past the {@code more}-th line after the one holding {@code offset}. */
    int lineEnd(int offset, int more) {
        for (int i = 0; i < lines.size(); i++) {
            if (offset < lines.get(i).end()) {
                return lines.get(Math.min(lines.size() - 1, i + more)).end();
            }
        }
        return text.length();
    }

    /**
     * Where the line holding {@code offset} starts, or the line before it when that one is a
     * cell opening with {@code head} (an entry's number cell before its date).
     */
    int startWithHead(int offset, String head) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (offset >= l.start() && offset < l.end()) {
                if (i > 0 && text.startsWith(head, lines.get(i - 1).start())) {
                    return lines.get(i - 1).start();
                }
                return offset;
            }
        }
        return offset;
    }

    /** Where the line after the one holding {@code offset} starts and ends, or null at the last line. */
    int[] nextLine(int offset) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (offset >= lines.get(i).start() && offset < lines.get(i).end()) {
                return new int[] {lines.get(i + 1).start(), lines.get(i + 1).end()};
            }
        }
        return null;
    }

    /**
     * The source of the text between two offsets: the lines it touches on the page where it
     * starts, their boxes joined, the lowest of their confidences.
     */
    FieldSource source(int from, int to) {
        Box box = null;
        Double confidence = null;
        Line first = null;
        for (Line l : lines) {
            if (l.end() <= from || l.start() >= Math.max(to, from + 1)) {
                continue;
            }
            if (first == null) {
                first = l;
            } else if (l.page() != first.page()) {
                break;
            }
            box = box == null ? l.span().box() : box.union(l.span().box());
            Double c = l.span().confidence();
            if (c != null) {
                confidence = confidence == null ? c : Math.min(confidence, c);
            }
        }
        if (first == null) {
            return null;
        }
        PageGeometry g = first.source().geometry();
        return new FieldSource(first.page(), List.of(round(box.left()), round(box.top()), round(box.width()),
                round(box.height())), g.unit(), g.dpi(), first.source().method(),
                confidence == null ? null : Math.round(confidence * 1000) / 1000.0);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String squash(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
