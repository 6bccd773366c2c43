package raingan.batch.run;

/** Turns JSON written by Jackson's pretty printer back into its one-line form, byte for byte. */
final class JsonLines {

    private JsonLines() {
    }

    /**
     * Drops the white space between tokens, keeping strings untouched: for Jackson output this
     * gives exactly what the compact writer of the same mapper writes, without re-parsing numbers.
     */
    static String compact(String json) {
        StringBuilder sb = new StringBuilder(json.length());
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                sb.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                sb.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
