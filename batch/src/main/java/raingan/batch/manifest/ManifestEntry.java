package raingan.batch.manifest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import raingan.ingest.ErrorClass;
import raingan.model.ReportRecord;
import raingan.model.Source;
import raingan.model.SourceMethod;

/**
 * One line of {@code manifest.jsonl}: what became of one input.
 *
 * @param path        the input's path relative to the folder given ({@code /} separators); the record is
 *                    {@code OUT/<path>.json}
 * @param sha256      hex digest of the input's bytes; null when it was not read (skipped, unreadable)
 * @param size        bytes; null for a folder
 * @param status      ok, failed, skipped or unsupported
 * @param mediaType   the type detected by content, when known
 * @param form        the record's form ({@code bma.project-progress} or {@code unknown}); ok only
 * @param pages       pages read; ok only
 * @param method      {@code text}, {@code ocr} or {@code mixed}; ok only
 * @param millis      wall time spent on this input (hashing included)
 * @param findings    finding counts by severity; ok only
 * @param errorClass  why it failed; failed only
 * @param message     for anything not ok: what happened and what to do about it
 */
@JsonPropertyOrder({"path", "sha256", "size", "status", "mediaType", "form", "pages", "method", "millis",
        "findings", "errorClass", "message"})
public record ManifestEntry(String path, String sha256, Long size, Status status, String mediaType, String form,
                            Integer pages, SourceMethod method, long millis, FindingCounts findings,
                            ErrorClass errorClass, String message) {

    public ManifestEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
    }

    public static ManifestEntry ok(String path, String sha256, long size, ReportRecord record, long millis) {
        Source source = record.source();
        return new ManifestEntry(path, sha256, size, Status.OK, source == null ? null : source.mediaType(),
                record.form(), source == null ? null : source.pageCount(), source == null ? null : source.method(),
                millis, FindingCounts.of(record.findings()), null, null);
    }

    public static ManifestEntry failed(String path, String sha256, Long size, ErrorClass errorClass, String message,
                                long millis) {
        return new ManifestEntry(path, sha256, size, Status.FAILED, null, null, null, null, millis, null,
                errorClass, message);
    }

    public static ManifestEntry unsupported(String path, String sha256, Long size, String mediaType, long millis) {
        return new ManifestEntry(path, sha256, size, Status.UNSUPPORTED, mediaType, null, null, null, millis, null,
                null, "Content type " + mediaType + " is not a document raingan reads"
                + " (text, PDF, images, Word/ODT/RTF/HTML): nothing to do unless it should have been one.");
    }

    public static ManifestEntry skipped(String path, Long size, String reason) {
        return new ManifestEntry(path, null, size, Status.SKIPPED, null, null, null, null, 0, null, null, reason);
    }

    /** The same entry with another time, so runs can be compared on everything else. */
    public ManifestEntry withMillis(long newMillis) {
        return new ManifestEntry(path, sha256, size, status, mediaType, form, pages, method, newMillis, findings,
                errorClass, message);
    }
}
