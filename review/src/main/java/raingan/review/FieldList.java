package raingan.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

/**
 * Lays a record's project and report entries out as labelled rows, one per value, keyed by the
 * JSON Pointer that findings and provenance use. Walks the record's JSON rather than its types, so
 * a field added to the record shows up without a change here.
 */
final class FieldList {

    private final RecordJson json;

    FieldList(RecordJson json) {
        this.json = json;
    }

    List<FieldGroup> groups(ReportRecord record) {
        JsonNode tree = json.tree(record);
        List<FieldGroup> groups = new ArrayList<>();
        JsonNode project = tree.path("project");
        if (project.isObject()) {
            List<FieldRow> rows = new ArrayList<>();
            walk(project, "/project", "", rows);
            groups.add(new FieldGroup("/project", "Project", rows));
        }
        JsonNode reports = tree.path("reports");
        for (int i = 0; i < reports.size(); i++) {
            JsonNode entry = reports.get(i);
            List<FieldRow> rows = new ArrayList<>();
            walk(entry, "/reports/" + i, "", rows);
            groups.add(new FieldGroup("/reports/" + i, title(entry, i), rows));
        }
        return groups;
    }

    private static String title(JsonNode entry, int index) {
        JsonNode no = entry.path("no");
        String date = entry.path("dateText").asText("");
        return "Report " + (no.isNumber() ? no.asText() : "(entry " + (index + 1) + ", no number)")
                + (date.isEmpty() ? "" : " · " + date);
    }

    private static void walk(JsonNode node, String pointer, String label, List<FieldRow> rows) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), pointer + "/" + field.getKey(), join(label, words(field.getKey())), rows);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                rows.add(new FieldRow(pointer, label, "(none)", null, null));
            }
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, join(label, Integer.toString(i + 1)), rows);
            }
        } else {
            rows.add(new FieldRow(pointer, label, node.isNull() ? null : text(node), null, null));
        }
    }

    private static String text(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? "yes" : "no";
        }
        return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
    }

    private static String join(String label, String word) {
        return label.isEmpty() ? word : label + " · " + word;
    }

    /** {@code budgetReceived} as {@code budget received}. */
    private static String words(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
