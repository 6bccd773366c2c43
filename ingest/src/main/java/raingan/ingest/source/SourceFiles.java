package raingan.ingest.source;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The pipeline's input side: each document is read here once, before any stage sees it. An
 * empty file is refused before anything else looks at it, and the file's digest is taken,
 * so that no stage checks for either again.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * The document with its digest: {@code doc} itself when it already has one (read here before).
     *
     * @throws EmptyFileException if the file has no bytes; it is then not digested
     * @throws IOException        if the file cannot be read
     */
    public static SourceDocument read(SourceDocument doc) throws EmptyFileException, IOException {
        if (doc.sha256() != null) {
            return doc;
        }
        if (Files.size(doc.path()) == 0) {
            throw new EmptyFileException("the file is empty (0 bytes): copy or download it again");
        }
        return new SourceDocument(doc.path(), doc.name(), FileDigest.sha256(doc.path()));
    }
}
