package raingan.review;

/**
 * One value of a record as the document page lists it.
 *
 * @param pointer  the value's JSON Pointer, also the row's id
 * @param label    what the value is, in words
 * @param value    the value as text; null when the record has none
 * @param box      the pointer of the provenance box that shows where it was read, or null
 * @param severity the gravest severity of the findings at this value, or null
 */
record FieldRow(String pointer, String label, String value, String box, String severity) {

    FieldRow withBox(String newBox) {
        return new FieldRow(pointer, label, value, newBox, severity);
    }

    FieldRow withSeverity(String newSeverity) {
        return new FieldRow(pointer, label, value, box, newSeverity);
    }
}
