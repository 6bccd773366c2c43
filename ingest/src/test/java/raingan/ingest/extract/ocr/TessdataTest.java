package raingan.ingest.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.ingest.extract.Fixtures;

class TessdataTest {

    @Test
    void theConfiguredFolderWins(@TempDir Path dir) throws IOException, OcrUnavailableException {
        Path models = models(dir.resolve("models"), "tha", "eng");
        assertEquals(models, Tessdata.locate(models, "/elsewhere", "tha+eng"));
    }

    @Test
    void tessdataPrefixMayNameTheFolderOrItsParent(@TempDir Path dir) throws IOException, OcrUnavailableException {
        Path models = models(dir.resolve("tessdata"), "tha", "eng");
        assertEquals(models, Tessdata.locate(null, models.toString(), "tha+eng"));
        assertEquals(models, Tessdata.locate(null, dir.toString(), "tha+eng"));
    }

    @Test
    void aMissingLanguageNamesItsDebianPackage(@TempDir Path dir) throws IOException {
        Path models = models(dir.resolve("models"), "tha");
        OcrUnavailableException e = assertThrows(OcrUnavailableException.class,
                () -> Tessdata.locate(models, null, "tha+eng"));
        assertTrue(e.getMessage().contains("for eng not found"), e.getMessage());
        assertTrue(e.getMessage().contains("install the Debian packages tesseract-ocr-eng "), "only what is missing: " + e.getMessage());
        assertTrue(e.getMessage().contains(models.toString()), e.getMessage());
    }

    @Test
    void debiansFoldersAreTheFallback() throws OcrUnavailableException {
        Fixtures.assumeOcrOrCi();
        assertTrue(Tessdata.DEBIAN.contains(Tessdata.locate(null, null, "tha+eng"))
                || System.getenv("TESSDATA_PREFIX") != null);
    }

    @Test
    void aBundledModelIsServedBesideTheSystemsOthers(@TempDir Path dir) throws IOException, OcrUnavailableException {
        Path system = models(dir.resolve("system"), "eng");
        Path folder = Tessdata.locate(system, null, "raingan_tha+eng");

        assertTrue(Files.size(folder.resolve("raingan_tha.traineddata")) > 500_000, "the whole bundled model");
        assertEquals(system.resolve("eng.traineddata").toRealPath(), folder.resolve("eng.traineddata").toRealPath());
        assertEquals(folder, Tessdata.locate(system, null, "raingan_tha+eng"), "the same folder, reused");
    }

    @Test
    void aFolderHoldingTheBundledLanguageItselfWins(@TempDir Path dir) throws IOException, OcrUnavailableException {
        Path own = models(dir.resolve("own"), "raingan_tha", "eng");
        assertEquals(own, Tessdata.locate(own, null, "raingan_tha+eng"));
    }

    private static Path models(Path dir, String... languages) throws IOException {
        Files.createDirectories(dir);
        for (String l : languages) {
            Files.write(dir.resolve(l + ".traineddata"), new byte[] {1});
        }
        return dir;
    }
}
