package raingan.batch.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

/**
 * The lines one record gives {@code findings.jsonl}: {@code {record, rule, severity, at, message}}
 * per finding, in the record's order, the values exactly as the record's JSON has them. Shared by
 * every writer of findings (the batch's export, the Beam pipeline), so their lines agree byte for byte.
 */
public final class FindingLines {

    private final RecordJson json;

    public FindingLines(RecordJson json) {
        this.json = json;
    }

    /**
     * @param path   the input's path, as its manifest line names it
     * @param record the record's JSON tree, as read back from what was written
     */
    public List<String> of(String path, JsonNode record) {
        List<String> lines = new ArrayList<>();
        for (JsonNode f : record.path("findings")) {
            ObjectNode line = json.mapper().createObjectNode();
            line.put("record", path);
            line.set("rule", f.get("rule"));
            line.set("severity", f.get("severity"));
            line.set("at", f.get("at"));
            line.set("message", f.get("message"));
            lines.add(json.line(line));
        }
        return lines;
    }

    /** The lines of a record just converted, as its JSON would give them. */
    public List<String> of(String path, ReportRecord record) {
        return of(path, json.tree(record));
    }
}
