package raingan.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import raingan.ingest.ErrorClass;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.pipeline.Converter;

class SourceFilesTest {

    @Test
    void readingTakesTheDigestOnce(@TempDir Path dir) throws IOException, EmptyFileException {
        Path file = Files.writeString(dir.resolve("a.txt"), "abc", StandardCharsets.UTF_8);
        SourceDocument read = SourceFiles.read(new SourceDocument(file, "x/a.txt"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", read.sha256());
        assertEquals("x/a.txt", read.name());
        assertSame(read, SourceFiles.read(read), "a document already read is not read again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.pdf", "empty.txt", "empty.png"})
    void anEmptyFileIsRefusedWhateverItsName(String name, @TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve(name));
        EmptyFileException e = assertThrows(EmptyFileException.class, () -> SourceFiles.read(SourceDocument.of(empty)));
        assertEquals("the file is empty (0 bytes): copy or download it again", e.getMessage());
        assertEquals(ErrorClass.EMPTY_FILE, e.errorClass());
    }

    @Test
    void theConverterRefusesAnEmptyFileBeforeAnyStage(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        try (Converter converter = new Converter(ExtractionSettings.defaults())) {
            assertThrows(EmptyFileException.class, () -> converter.convert(SourceDocument.of(empty)));
        }
    }

    @Test
    void aMissingFileIsUnreadable(@TempDir Path dir) {
        Path gone = dir.resolve("gone.pdf");
        assertThrows(NoSuchFileException.class, () -> SourceFiles.read(SourceDocument.of(gone)));
        try (Converter converter = new Converter(ExtractionSettings.defaults())) {
            UnreadableFileException e = assertThrows(UnreadableFileException.class,
                    () -> converter.convert(SourceDocument.of(gone)));
            assertTrue(e.getMessage().startsWith("cannot read: "), e.getMessage());
            assertEquals(ErrorClass.UNREADABLE, e.errorClass());
        }
    }
}
