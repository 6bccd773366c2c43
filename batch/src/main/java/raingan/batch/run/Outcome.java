package raingan.batch.run;

import raingan.batch.manifest.ManifestEntry;
import raingan.model.ReportRecord;

/**
 * What a worker made of one input.
 *
 * @param entry             its manifest line
 * @param record            the record when converted, else null
 * @param reused            the input is unchanged since an earlier run and its record was kept; no new line
 * @param replaceConverter  the converter may be left broken (after an Error) and must not be used again
 */
public record Outcome(ManifestEntry entry, ReportRecord record, boolean reused, boolean replaceConverter) {
}
