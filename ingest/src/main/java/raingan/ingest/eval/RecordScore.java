package raingan.ingest.eval;

import raingan.ingest.parse.EditDistance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How close a record is to its ground truth, by the measures of shared/tools/score-record:
 * fields compared exactly (text with white space removed, numbers to 1e-6), text similarity
 * as 1 − CER over the longer texts, findings matched on (rule, at). Adds date accuracy over
 * every date field. Scores add up, so a corpus is scored by summing its records.
 *
 * <p>The one comparison of a record with the record it should be: {@code raingan eval} sums
 * it over a corpus, and tests hold converted documents to it ({@link #differences} says which
 * fields and findings fell short).
 */
public record RecordScore(int fieldsOk, int fields, double cerSum, int texts, int datesOk, int dates,
                   int findingsHit, int findingsExpected, int findingsActual) {

    private static final List<String[]> PROJECT_SCALARS = List.of(
            p("name"), p("code"), p("fiscalYear", "be"), p("fiscalYear", "ce"), p("fiscalYear", "start"),
            p("fiscalYear", "end"), p("startDate"), p("endDate"), p("budgetReceived"), p("budgetSpent"),
            p("responsible", "title"), p("responsible", "name"), p("responsible", "phone"),
            p("coordinator", "title"), p("coordinator", "name"), p("coordinator", "phone"),
            p("strategy", "issue"), p("strategy", "subIssue"), p("strategy", "goal"), p("strategy", "indicator"));
    private static final List<String> REPORT_FIELDS = List.of("no", "date", "status", "statusCategory",
            "progressPercent", "disbursementNo", "disbursedAmount", "onPlan", "onTarget");
    private static final Set<String> DATE_FIELDS = Set.of("fiscalYear.start", "fiscalYear.end", "startDate", "endDate", "date");
    /** Texts shorter than this are codes and titles: they count for exactness, not for similarity. */
    private static final int MIN_TEXT = 13;

    public static final RecordScore ZERO = new RecordScore(0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static String[] p(String... path) {
        return path;
    }

    /** A missing record scores every expected field as wrong. */
    public static RecordScore of(JsonNode expected, JsonNode actual) {
        return compare(expected, actual, null);
    }

    /**
     * What keeps {@code actual} from a perfect score, one line each: a field that differs (with
     * both values) or a finding matched on (rule, at) that is missing or extra. Empty when it
     * scores every field and every finding.
     */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare(expected, actual, out);
        return out;
    }

    private static RecordScore compare(JsonNode expected, JsonNode actual, List<String> differences) {
        Tally t = new Tally(differences);
        JsonNode act = actual == null ? NullNode.getInstance() : actual;
        t.field("form", expected.path("form"), act.path("form"), null);
        if (!"unknown".equals(expected.path("form").asText())) {
            JsonNode ep = expected.path("project");
            JsonNode ap = act.path("project");
            for (String[] path : PROJECT_SCALARS) {
                t.field(String.join(".", path), "project/" + String.join("/", path), at(ep, path), at(ap, path), null);
            }
            t.field("agency", "project/agency", ep.path("agency"), ap.path("agency"), squashedList(ep.path("agency")).equals(squashedList(ap.path("agency"))));
            for (String list : List.of("rationale", "objectives", "targets")) {
                int n = Math.max(ep.path(list).size(), ap.path(list).size());
                for (int i = 0; i < n; i++) {
                    t.field(list, "project/" + list + "/" + i, ep.path(list).path(i), ap.path(list).path(i), null);
                }
            }
            JsonNode er = expected.path("reports");
            JsonNode ar = act.path("reports");
            for (int i = 0; i < Math.max(er.size(), ar.size()); i++) {
                boolean both = i < er.size() && i < ar.size();
                for (String f : REPORT_FIELDS) {
                    t.field(f, "reports/" + i + "/" + f, er.path(i).path(f), ar.path(i).path(f), both ? null : false);
                }
                t.field("citedDocuments", "reports/" + i + "/citedDocuments", er.path(i), ar.path(i),
                        both && cites(er.path(i)).equals(cites(ar.path(i))));
            }
        }
        Set<String> want = findingKeys(expected);
        Set<String> got = findingKeys(act);
        Set<String> hit = new HashSet<>(want);
        hit.retainAll(got);
        if (differences != null) {
            want.stream().filter(k -> !got.contains(k)).sorted().forEach(k -> differences.add("finding missing: " + k));
            got.stream().filter(k -> !want.contains(k)).sorted().forEach(k -> differences.add("finding not expected: " + k));
        }
        return new RecordScore(t.ok, t.total, t.cerSum, t.texts, t.datesOk, t.dates, hit.size(), want.size(), got.size());
    }

    public RecordScore plus(RecordScore o) {
        return new RecordScore(fieldsOk + o.fieldsOk, fields + o.fields, cerSum + o.cerSum, texts + o.texts,
                datesOk + o.datesOk, dates + o.dates, findingsHit + o.findingsHit,
                findingsExpected + o.findingsExpected, findingsActual + o.findingsActual);
    }

    public double exactShare() {
        return fields == 0 ? 0 : (double) fieldsOk / fields;
    }

    public double textSimilarity() {
        return texts == 0 ? 1 : 1 - cerSum / texts;
    }

    public double dateAccuracy() {
        return dates == 0 ? 1 : (double) datesOk / dates;
    }

    public double findingsRecall() {
        return findingsExpected == 0 ? 1 : (double) findingsHit / findingsExpected;
    }

    public double findingsPrecision() {
        return findingsActual == 0 ? (findingsExpected == 0 ? 1 : 0) : (double) findingsHit / findingsActual;
    }

    private static JsonNode at(JsonNode node, String[] path) {
        JsonNode n = node;
        for (String k : path) {
            n = n.path(k);
        }
        return n;
    }

    private static List<String> squashedList(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(squash(n.asText())));
        return out;
    }

    private static List<String> cites(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.path("citedDocuments").forEach(c -> out.add(c.path("kind").asText() + "|"
                + (c.path("number").isNull() ? "null" : squash(c.path("number").asText())) + "|" + c.path("date").asText()));
        out.sort(null);
        return out;
    }

    private static Set<String> findingKeys(JsonNode record) {
        Set<String> keys = new HashSet<>();
        record.path("findings").forEach(f -> keys.add(f.path("rule").asText() + " " + f.path("at").asText()));
        return keys;
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Levenshtein distance over the squashed texts, relative to the expected length, capped at 1. */
    static double cer(String expected, String actual) {
        String a = squash(expected == null ? "" : expected);
        String b = squash(actual == null ? "" : actual);
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        return Math.min(1.0, (double) EditDistance.between(a, b) / Math.max(a.length(), 1));
    }

    private static final class Tally {
        private final List<String> differences;
        int ok;
        int total;
        double cerSum;
        int texts;
        int datesOk;
        int dates;

        /** @param differences where to list the fields that differ, or null */
        Tally(List<String> differences) {
            this.differences = differences;
        }

        void field(String name, JsonNode expected, JsonNode actual, Boolean verdict) {
            field(name, name, expected, actual, verdict);
        }

        /** @param where the field as a person finds it in the record, e.g. {@code reports/3/date} */
        void field(String name, String where, JsonNode expected, JsonNode actual, Boolean verdict) {
            boolean same = verdict != null ? verdict : same(expected, actual);
            total++;
            if (same) {
                ok++;
            } else if (differences != null) {
                differences.add(where + ": expected " + expected + ", got " + actual);
            }
            if (expected.isTextual() && expected.asText().length() >= MIN_TEXT) {
                cerSum += cer(expected.asText(), actual.isTextual() ? actual.asText() : "");
                texts++;
            }
            if (DATE_FIELDS.contains(name)) {
                dates++;
                if (same) {
                    datesOk++;
                }
            }
        }

        private static boolean same(JsonNode e, JsonNode a) {
            boolean eNull = e.isMissingNode() || e.isNull();
            boolean aNull = a.isMissingNode() || a.isNull();
            if (eNull || aNull) {
                return eNull && aNull;
            }
            if (e.isBoolean() || a.isBoolean()) {
                return e.isBoolean() && a.isBoolean() && e.asBoolean() == a.asBoolean();
            }
            if (e.isNumber() && a.isNumber()) {
                return Math.abs(e.asDouble() - a.asDouble()) < 1e-6;
            }
            return squash(e.asText()).equals(squash(a.asText()));
        }
    }
}
