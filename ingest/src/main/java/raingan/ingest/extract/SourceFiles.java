package raingan.ingest.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check every extractor makes before a parser sees a file. */
public final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * @throws EmptyFileException  if the file has no bytes (an interrupted copy or download),
     *                             which every parser would report in its own confusing way
     * @throws ExtractionException if its size cannot be read
     */
    public static void requireContent(Path file) throws ExtractionException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read the file: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new EmptyFileException("the file is empty (0 bytes): copy or download it again");
        }
    }
}
