package raingan.ingest.extract.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tesseract models that ship inside raingan ({@code raingan_tha}, made by ocr-model/train).
 * Tesseract reads every language of one engine from a single folder, so the bundled models
 * are written to a cache folder once, next to links to the system's own models
 * ({@code eng}). The folder's name carries a digest of its content, so an upgrade never
 * reads a stale copy, and files appear in it by atomic rename, so workers starting together
 * never see half a model.
 */
final class BundledModels {

    private static final String RESOURCES = "/raingan/tessdata/";

    private BundledModels() {
    }

    static boolean has(String language) {
        return BundledModels.class.getResource(RESOURCES + language + ".traineddata") != null;
    }

    /**
     * A folder holding {@code bundled} (each {@link #has}) and, linked from {@code systemDir},
     * {@code others}.
     *
     * @throws OcrUnavailableException if no cache folder can be written
     */
    static Path folder(List<String> bundled, Path systemDir, List<String> others) throws OcrUnavailableException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Map<String, byte[]> models = new LinkedHashMap<>();
            for (String language : bundled) {
                models.put(language, read(language));
                digest.update(models.get(language));
            }
            digest.update(systemDir.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            Path dir = cacheRoot().resolve("tessdata-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> model : models.entrySet()) {
                Path target = dir.resolve(model.getKey() + ".traineddata");
                if (!Files.isRegularFile(target)) {
                    Path tmp = Files.createTempFile(dir, model.getKey(), ".part");
                    Files.write(tmp, model.getValue());
                    move(tmp, target);
                }
            }
            for (String language : others) {
                Path link = dir.resolve(language + ".traineddata");
                if (!Files.exists(link)) {
                    try {
                        Files.createSymbolicLink(link, systemDir.resolve(language + ".traineddata").toAbsolutePath());
                    } catch (FileAlreadyExistsException raced) {
                        // Another worker linked it first: the same link.
                    }
                }
            }
            return dir;
        } catch (IOException | UncheckedIOException e) {
            throw new OcrUnavailableException("cannot prepare raingan's OCR model in " + cacheRoot()
                    + " (" + e.getMessage() + "): make it writable or set XDG_CACHE_HOME", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static byte[] read(String language) throws IOException {
        try (InputStream in = BundledModels.class.getResourceAsStream(RESOURCES + language + ".traineddata")) {
            if (in == null) {
                throw new IOException("raingan's jar lacks " + language + ".traineddata");
            }
            return in.readAllBytes();
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** $XDG_CACHE_HOME/raingan, else ~/.cache/raingan. */
    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("raingan");
    }
}
