package raingan.ingest.parse.date;

/**
 * A date expression found in running text.
 *
 * @param start   index of its first char in the text searched
 * @param end     index after its last char, so {@code text.substring(start, end)} is
 *                {@code reading.text()}
 * @param reading the expression read; not ok when the date cannot exist (31/2/2563)
 */
public record DateMatch(int start, int end, DateReading reading) {

    /** @throws IllegalArgumentException if the span is empty or negative, or reading is null */
    public DateMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        if (reading == null) {
            throw new IllegalArgumentException("reading is required");
        }
    }
}
