package raingan.review;

import java.util.List;

/**
 * The values of one part of a record: the project, or one report entry.
 *
 * @param pointer the part's JSON Pointer ({@code /project}, {@code /reports/3}), also the group's id
 * @param title   its heading
 * @param rows    its values in the record's order
 */
record FieldGroup(String pointer, String title, List<FieldRow> rows) {

    FieldGroup {
        rows = List.copyOf(rows);
    }
}
