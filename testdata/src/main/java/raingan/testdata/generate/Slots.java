package raingan.testdata.generate;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The places and figures one report talks about, filled into {@link Theme} and
 * {@link Agency} templates so that a report's name, rationale and targets agree.
 */
final class Slots {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Pick pick;
    private final DecimalFormat grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));

    Slots(Pick pick, int fiscalYearBe) {
        this.pick = pick;
        Lexicon.District district = pick.one(Lexicon.DISTRICTS);
        values.put("khet", district.name());
        values.put("kk", String.format(Locale.ROOT, "%02d", Lexicon.DISTRICTS.indexOf(district) + 1));
        values.put("khwaeng", pick.one(district.khwaeng()));
        values.put("canal", pick.one(Lexicon.CANALS));
        values.put("road", pick.one(Lexicon.ROADS));
        values.put("soi", "ซอย" + pick.one(Lexicon.SOI_ROADS) + " " + pick.between(3, 121));
        values.put("park", pick.one(Lexicon.PARKS));
        values.put("school", pick.one(Lexicon.SCHOOLS));
        values.put("hospital", pick.one(Lexicon.HOSPITALS));
        values.put("city", pick.one(Lexicon.CITIES));
        values.put("unit", Integer.toString(pick.between(1, 4)));
        values.put("be", Integer.toString(fiscalYearBe));
    }

    /** The template with every {@code {slot}} replaced; {@code extra} slots win over the report's own. */
    String fill(String template, Map<String, String> extra) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                sb.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            String key = template.substring(open + 1, close);
            String value = extra.containsKey(key) ? extra.get(key)
                    : values.containsKey(key) ? values.get(key) : figure(key);
            if (value == null) {
                throw new IllegalArgumentException("no value for slot {" + key + "} in: " + template);
            }
            sb.append(template, i, open).append(value);
            i = close + 1;
        }
        return sb.toString();
    }

    /** A figure drawn afresh each time it is written: two targets rarely share a length. */
    private String figure(String key) {
        return switch (key) {
            case "length" -> Integer.toString(pick.between(12, 150) * 10);
            case "count" -> Integer.toString(pick.between(2, 40));
            case "rai" -> Integer.toString(pick.between(2, 60));
            case "rounds" -> Integer.toString(pick.between(1, 6));
            case "trainees" -> Integer.toString(pick.between(3, 40) * 10);
            case "people" -> grouped.format(pick.between(10, 250) * 100L);
            default -> null;
        };
    }

    String fill(String template) {
        return fill(template, Map.of());
    }
}
