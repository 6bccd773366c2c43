package raingan.batch.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.walk.WalkEntry;
import raingan.ingest.ErrorClass;

/**
 * The manifest line of something the walk found that is not converted: {@code skipped} with the
 * walk's reason, or {@code failed} as {@code UNREADABLE}. Shared by every runner that walks inputs
 * (the batch, the Beam pipeline), so that their lines agree.
 */
public final class WalkedEntries {

    private WalkedEntries() {
    }

    /** @param e a {@link WalkEntry.Kind#SKIPPED SKIPPED} or {@link WalkEntry.Kind#UNREADABLE UNREADABLE} entry */
    public static ManifestEntry entry(WalkEntry e) {
        if (e.kind() == WalkEntry.Kind.SKIPPED) {
            return ManifestEntry.skipped(e.name(), sizeOrNull(e.path()), e.reason());
        }
        return ManifestEntry.failed(e.name(), null, null, ErrorClass.UNREADABLE,
                capitalise(e.reason()) + ". " + ErrorClass.UNREADABLE.advice(), 0);
    }

    /** The size of a file skipped itself; none for a link, whose target may lie where the run must not look. */
    private static Long sizeOrNull(Path p) {
        try {
            return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Files.size(p) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
