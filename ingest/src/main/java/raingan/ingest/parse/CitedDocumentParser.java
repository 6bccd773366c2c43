package raingan.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import raingan.ingest.parse.date.BuddhistDateParser;
import raingan.ingest.parse.date.DateMatch;
import raingan.ingest.parse.date.DateReading;
import raingan.model.CitedDocument;
import raingan.model.CitedKind;

/**
 * Finds the letters, orders and announcements a status cites. Each citation ends in
 * {@code ลงวันที่ <date>}; what kind it is and its number ({@code ที่ กท 1902/00555}) are
 * read from the text between it and the citation before.
 */
final class CitedDocumentParser {

    private static final Pattern DATED = Pattern.compile("ลง\\s*วัน\\s*ที่\\s*");
    private static final Pattern KIND = Pattern.compile("(?=[หคป])(?:หนังสือ|คำ\\s*สั่ง|ประกาศ)");
    private static final String CODED_NUMBER =
            "[0-9๐-๙][0-9๐-๙.]*\\s*/\\s*(?:ว\\s*\\.?\\s*)?[0-9๐-๙]+";
    /**
     * ที่ กท 1902/00555, ที่ มท 0808.2/ว 1234, ที่ 771/2563 — but not the ที่ of ลงวันที่ or
     * ด่วนที่สุด. OCR may run ที่ into the code (ที่กท 1145/6072).
     */
    private static final Pattern NUMBER = Pattern.compile(
            // The look-behinds come after ที่, so that they are tried only where ที่ is.
            "ที่(?<!วันที่)(?<!วัน\\sที่)\\s*((?:[ก-ฮ]{1,4}\\.?\\s*)?" + CODED_NUMBER + ")");
    /**
     * A number with its agency's code (กท 1288/572) where no ที่ stands before it: OCR read ที่
     * as another letter. The code is wanted here, so that a bare fraction is not taken.
     */
    private static final Pattern AGENCY_NUMBER = Pattern.compile(
            "(?<![ก-๛])([ก-ฮ]{2,4}\\.?\\s*" + CODED_NUMBER + ")");
    /** How far past ลงวันที่ the date may start (OCR spaces, วันที่ repeated). */
    private static final int DATE_REACH = 12;

    /** A cited document, with the reading of its date (which the record keeps no print of). */
    record Citation(CitedDocument document, DateReading date) {
    }

    private final BuddhistDateParser dates;

    CitedDocumentParser(BuddhistDateParser dates) {
        this.dates = dates;
    }

    List<Citation> parse(String status) {
        List<Citation> cited = new ArrayList<>();
        if (status == null || !status.contains("วัน")) {
            return cited;
        }
        int windowStart = 0;
        Matcher dated = DATED.matcher(status);
        while (dated.find()) {
            DateMatch date = dateAfter(status, dated.end());
            if (date == null) {
                continue;
            }
            String window = status.substring(windowStart, dated.start());
            CitedKind kind = kindIn(window);
            String number = numberIn(window);
            if (kind == null && number != null) {
                kind = CitedKind.LETTER;
            }
            if (kind != null) {
                cited.add(new Citation(new CitedDocument(kind, kind == CitedKind.ANNOUNCEMENT ? null : number,
                        date.reading().date()), date.reading()));
            }
            windowStart = date.end();
            dated.region(windowStart, status.length());
        }
        return cited;
    }

    private DateMatch dateAfter(String status, int from) {
        String tail = status.substring(from, Math.min(status.length(), from + DATE_REACH + 40));
        for (DateMatch m : dates.findAll(tail)) {
            if (m.start() <= DATE_REACH) {
                return new DateMatch(from + m.start(), from + m.end(), m.reading());
            }
        }
        return null;
    }

    private static CitedKind kindIn(String window) {
        Matcher m = KIND.matcher(window);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        if (last == null) {
            return null;
        }
        if (last.startsWith("หนังสือ")) {
            return CitedKind.LETTER;
        }
        return last.startsWith("ประกาศ") ? CitedKind.ANNOUNCEMENT : CitedKind.ORDER;
    }

    private static String numberIn(String window) {
        String number = lastMatch(NUMBER, window);
        return number != null ? number : lastMatch(AGENCY_NUMBER, window);
    }

    private static String lastMatch(Pattern pattern, String window) {
        Matcher m = pattern.matcher(window);
        String last = null;
        while (m.find()) {
            last = AsciiSpace.replaceRuns(m.group(1), " ").strip();
        }
        return last;
    }
}
