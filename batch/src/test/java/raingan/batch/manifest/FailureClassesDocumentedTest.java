package raingan.batch.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import raingan.ingest.ErrorClass;
import raingan.model.RecordJson;

/**
 * README's bulk section, where it says what {@code failed} means, names every failure class, each
 * as the manifest spells it, and no other.
 */
class FailureClassesDocumentedTest {

    /** A name in code style that looks like a class: `UPPER_CASE`. */
    private static final Pattern CLASS_NAME = Pattern.compile("`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)`");

    @Test
    void theBulkSectionListsEveryClassAsTheManifestWritesIt() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("../README.md"));
        int bulk = readme.indexOf("## Bulk conversion of an archive");
        int start = readme.indexOf("- `failed`:", bulk);
        int end = readme.indexOf("- `unsupported`:", start);
        assertTrue(bulk >= 0 && start > bulk && end > start, "README's bulk section says what failed means");
        Set<String> documented = new LinkedHashSet<>();
        for (Matcher m = CLASS_NAME.matcher(readme.substring(start, end)); m.find(); ) {
            documented.add(m.group(1));
        }
        RecordJson json = new RecordJson();
        Set<String> written = Arrays.stream(ErrorClass.values())
                .map(c -> {
                    String line = json.line(ManifestEntry.failed("a.pdf", null, null, c, c.advice(), 0));
                    Matcher m = Pattern.compile("\"errorClass\":\"([^\"]+)\"").matcher(line);
                    assertTrue(m.find(), line);
                    return m.group(1);
                })
                .collect(Collectors.toCollection(LinkedHashSet::new));

        assertEquals(Set.copyOf(written), Set.copyOf(documented));
    }
}
