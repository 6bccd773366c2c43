package raingan.ingest.parse;

import java.util.regex.Pattern;

/**
 * Label cells of a ruled table that OCR misspelled past what the label patterns tolerate: a
 * space inside a word (ผิดช อบ), a letter read as Latin (ผิด DOU.), the colon lost. In a table
 * row a label stands alone in its cell before the value's, so a cell before a tab that is
 * within a few letters of a label's printed spelling is that label. Pure.
 */
final class LabelCells {

    /** How many letters of a label OCR may have got wrong, per letter: three in ten, and one more. */
    private static final double WRONG = 0.3;

    private LabelCells() {
    }

    /** The row with each misspelled label cell written as its label and a colon; other cells as they were. */
    static String repaired(String row, Pattern labels) {
        String[] cells = row.split("\t", -1);
        boolean changed = false;
        // Only a cell with another after it can be a label: the last one is a value.
        for (int i = 0; i + 1 < cells.length; i++) {
            if (cells[i].isBlank() || labels.matcher(cells[i] + "\t").lookingAt()) {
                continue;
            }
            HeaderField f = nearest(squash(cells[i]));
            if (f != null) {
                cells[i] = f.printed() + " :";
                changed = true;
            }
        }
        return changed ? String.join("\t", cells) : row;
    }

    private static HeaderField nearest(String cell) {
        HeaderField best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (HeaderField f : HeaderField.values()) {
            String label = squash(f.printed());
            int allowed = (int) (label.length() * WRONG) + 1;
            if (Math.abs(label.length() - cell.length()) > allowed) {
                continue;
            }
            int d = EditDistance.between(cell, label);
            if (d <= allowed && d < bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The cell without spaces, leader dots and colons, what the label's printed spelling is compared with. */
    private static String squash(String s) {
        StringBuilder sb = new StringBuilder();
        String trimmed = s.strip().replaceAll("[\\s.…:;,_-]+$", "");
        for (int i = 0; i < trimmed.length(); i++) {
            if (!Character.isWhitespace(trimmed.charAt(i))) {
                sb.append(trimmed.charAt(i));
            }
        }
        return sb.toString();
    }
}
