package raingan.warehouse;

import java.util.regex.Pattern;
import raingan.model.ReportRecord;
import raingan.model.Source;

/**
 * What identifies a record's rows: the sha256 of its source's bytes (every row is keyed by it,
 * so copies of a file are one document), and the source's relative path, which a file converted
 * again after it changed shares with its earlier version.
 */
record DocumentKey(String sha256, String file) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * @param file the input's path, as the record's {@code source.file} gives it
     * @throws InvalidRecordException if the record has no source digest or path to be keyed by
     */
    static DocumentKey of(String file, ReportRecord record) throws InvalidRecordException {
        Source s = record.source();
        if (s == null || s.sha256() == null || !SHA256.matcher(s.sha256()).matches()) {
            throw new InvalidRecordException("/source/sha256 is missing or not a sha256 digest:"
                    + " the warehouse keys every row by it");
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidRecordException("/source/file is missing: the warehouse needs the input's path");
        }
        return new DocumentKey(s.sha256(), file);
    }
}
