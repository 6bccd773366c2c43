package raingan.warehouse;

import java.util.Objects;
import raingan.model.ReportRecord;

/**
 * One record to load, or why the one at {@code location} cannot be.
 *
 * @param location where it was read, for messages: a record file, or {@code FILE:LINE} of a JSON Lines file
 * @param record   the record; null when {@code problem} says why there is none
 * @param problem  null when there is a record
 */
public record RecordInput(String location, ReportRecord record, String problem) {

    public RecordInput {
        Objects.requireNonNull(location, "location");
        if ((record == null) == (problem == null)) {
            throw new IllegalArgumentException("a record input has either a record or a problem");
        }
    }

    public static RecordInput of(String location, ReportRecord record) {
        return new RecordInput(location, record, null);
    }

    public static RecordInput refused(String location, String problem) {
        return new RecordInput(location, null, problem);
    }
}
