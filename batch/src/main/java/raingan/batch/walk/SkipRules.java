package raingan.batch.walk;

import java.util.Locale;
import java.util.Set;

/**
 * Which entries of a folder are not documents, by name alone: hidden ones, and what operating
 * systems and office suites leave beside documents. The walk's rule, apart from how it walks.
 */
public final class SkipRules {

    /** File names (lower case) that operating systems and office suites leave beside documents. */
    private static final Set<String> JUNK = Set.of("thumbs.db", "ehthumbs.db", "ehthumbs_vista.db",
            "desktop.ini", "icon\r", "$recycle.bin", "system volume information", "lost+found");

    private SkipRules() {
    }

    /**
     * @param name   one entry's name, not a path
     * @param folder whether the entry is a folder (its files are then not searched)
     * @return why the entry is skipped, as its manifest line says; null when it is read
     */
    public static String reason(String name, boolean folder) {
        if (name.startsWith(".")) {
            return folder ? "hidden folder: not searched" : "hidden file";
        }
        if (JUNK.contains(name.toLowerCase(Locale.ROOT)) || name.startsWith("~$")) {
            return "operating-system or application junk, not a document";
        }
        return null;
    }
}
