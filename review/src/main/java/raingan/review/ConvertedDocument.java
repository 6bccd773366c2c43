package raingan.review;

import java.nio.file.Path;
import raingan.batch.manifest.ManifestEntry;

/**
 * One line of a conversion's manifest, with where its record lies and which page of the report
 * shows it.
 *
 * @param number the document's 1-based position in the report, in the manifest's path order
 * @param entry  what the conversion made of the input
 * @param record {@code OUT/<path>.json}; it exists only when the entry is ok
 */
public record ConvertedDocument(int number, ManifestEntry entry, Path record) {

    /** The document's page, relative to the report folder: numbered, because input names may be anything. */
    public String pageHref() {
        return String.format("documents/%06d.html", number);
    }
}
