package raingan.ingest.parse.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import raingan.ingest.normalise.ThaiDigits;

/** STAND-IN until the dates branch lands: numeric, ISO and full Thai month names only. */
public final class BuddhistDateParser {
    private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    private static final Pattern ANY = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?"
            + "|(\\d{1,2})/(\\d{1,2})/(\\d{2,4})"
            + "|(\\d{1,2})\\s*(" + String.join("|", MONTHS) + ")\\s*(?:พ\\.ศ\\.\\s*)?(\\d{4})");

    public DateReading parse(String text) {
        String t = text == null ? "" : text.trim();
        List<DateMatch> all = findAll(t);
        if (all.isEmpty()) {
            return new DateReading(t, null, "not a date: " + t);
        }
        return new DateReading(t, all.get(0).reading().date(), all.get(0).reading().problem());
    }

    public List<DateMatch> findAll(String text) {
        String t = ThaiDigits.toArabic(text);
        List<DateMatch> out = new ArrayList<>();
        Matcher m = ANY.matcher(t);
        while (m.find()) {
            int y;
            int mo;
            int d;
            if (m.group(1) != null) {
                y = Integer.parseInt(m.group(1));
                mo = Integer.parseInt(m.group(2));
                d = Integer.parseInt(m.group(3));
            } else if (m.group(4) != null) {
                d = Integer.parseInt(m.group(4));
                mo = Integer.parseInt(m.group(5));
                y = Integer.parseInt(m.group(6));
            } else {
                d = Integer.parseInt(m.group(7));
                mo = java.util.Arrays.asList(MONTHS).indexOf(m.group(8)) + 1;
                y = Integer.parseInt(m.group(9));
            }
            if (y < 100) {
                y += 2500;
            }
            if (y >= 2400) {
                y -= 543;
            }
            String printed = text.substring(m.start(), m.end());
            DateReading r;
            try {
                r = new DateReading(printed, LocalDate.of(y, mo, d), null);
            } catch (DateTimeException e) {
                r = new DateReading(printed, null, printed + " does not exist");
            }
            out.add(new DateMatch(m.start(), m.end(), r));
        }
        return out;
    }
}
