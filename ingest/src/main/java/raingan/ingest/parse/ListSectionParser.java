package raingan.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import raingan.ingest.normalise.ThaiDigits;

/**
 * Reads sections 1.3–1.5: one string per bullet or numbered item, the item marker removed,
 * wrapped lines joined with a space. Also says whether the printed numbers ran 1, 2, 3…
 */
final class ListSectionParser {

    /**
     * {@code - }, {@code • }, {@code 1. }, {@code ๑) }, {@code (2) }: a marker needs white space
     * after it. OCR may set the dot apart ({@code 1 . }).
     */
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:[-–—•●○▪*+~]|\\(?([0-9๐-๙]{1,2}) ?[.)])\\s+");
    /** OCR loses the dot of {@code 4.}: a bare number opens an item only when it is the next one. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*([0-9๐-๙]{1,2})\\s+(?=\\S)");

    record Items(List<String> items, boolean numberedInSequence, String numbering) {
    }

    Items parse(List<String> lines) {
        List<StringBuilder> items = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = MARKER.matcher(text);
            Matcher bare = BARE_NUMBER.matcher(text);
            if (m.find()) {
                items.add(new StringBuilder(text.substring(m.end()).strip()));
                if (m.group(1) != null) {
                    numbers.add(Integer.valueOf(ThaiDigits.toArabic(m.group(1))));
                }
            } else if (!numbers.isEmpty() && bare.find()
                    && Integer.parseInt(ThaiDigits.toArabic(bare.group(1))) == numbers.get(numbers.size() - 1) + 1) {
                items.add(new StringBuilder(text.substring(bare.end()).strip()));
                numbers.add(numbers.get(numbers.size() - 1) + 1);
            } else if (items.isEmpty()) {
                items.add(new StringBuilder(text));
            } else {
                StringBuilder last = items.get(items.size() - 1);
                last.append(last.length() == 0 ? "" : " ").append(text);
            }
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder sb : items) {
            out.add(sb.toString());
        }
        boolean inSequence = true;
        for (int i = 0; i < numbers.size(); i++) {
            inSequence &= numbers.get(i) == i + 1;
        }
        return new Items(out, inSequence, numbers.toString());
    }
}
