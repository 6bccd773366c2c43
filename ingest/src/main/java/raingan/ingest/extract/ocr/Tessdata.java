package raingan.ingest.extract.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the folder with Tesseract's {@code <language>.traineddata} files. A language that
 * raingan bundles ({@link BundledModels}) and no folder holds comes from raingan's own copy.
 */
public final class Tessdata {

    /** Where Debian's tesseract-ocr-* packages put the models (5.x, then 4.x). */
    static final List<Path> DEBIAN = List.of(Path.of("/usr/share/tesseract-ocr/5/tessdata"),
            Path.of("/usr/share/tesseract-ocr/4.00/tessdata"));

    private Tessdata() {
    }

    /**
     * The first folder holding every language of {@code languages} ({@code tha+eng}): the
     * configured one if any (then only it), else {@code TESSDATA_PREFIX} (the folder itself or
     * its {@code tessdata} child), else Debian's. Failing that, when some languages are
     * bundled, a cache folder with them and the first folder's copies of the others.
     *
     * @param configured    from the settings, or null
     * @param prefix        the value of {@code TESSDATA_PREFIX}, or null
     * @throws OcrUnavailableException naming the folders searched and the apt packages to install
     */
    public static Path locate(Path configured, String prefix, String languages) throws OcrUnavailableException {
        List<Path> candidates = new ArrayList<>();
        if (configured != null) {
            candidates.add(configured);
        } else {
            if (prefix != null && !prefix.isBlank()) {
                candidates.add(Path.of(prefix));
                candidates.add(Path.of(prefix, "tessdata"));
            }
            candidates.addAll(DEBIAN);
        }
        List<String> langs = List.of(languages.split("\\+"));
        for (Path dir : candidates) {
            if (holdsAll(dir, langs)) {
                return dir;
            }
        }
        List<String> bundled = langs.stream().filter(BundledModels::has).toList();
        List<String> others = langs.stream().filter(l -> !bundled.contains(l)).toList();
        if (!bundled.isEmpty()) {
            for (Path dir : candidates) {
                if (holdsAll(dir, others)) {
                    return BundledModels.folder(bundled, dir, others);
                }
            }
        }
        // Name only what no folder has: an installed eng is not the problem.
        List<String> missing = others.stream()
                .filter(l -> candidates.stream().noneMatch(dir -> holdsAll(dir, List.of(l)))).toList();
        if (missing.isEmpty()) {
            missing = others;
        }
        Set<String> packages = new LinkedHashSet<>();
        for (String l : missing) {
            packages.add("tesseract-ocr-" + l.toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new OcrUnavailableException("Tesseract language data for " + String.join("+", missing) + " not found in "
                + candidates + ": install the Debian packages " + String.join(" ", packages)
                + (configured == null ? " (or set TESSDATA_PREFIX)" : " or fix the configured tessdata folder"));
    }

    private static boolean holdsAll(Path dir, List<String> languages) {
        return languages.stream().allMatch(l -> Files.isRegularFile(dir.resolve(l + ".traineddata")));
    }
}
