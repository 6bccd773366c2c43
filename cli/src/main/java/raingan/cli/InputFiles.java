package raingan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import raingan.ingest.source.SourceDocument;

/** The documents named on a command line: files as given, folders walked in sorted order. */
final class InputFiles {

    private InputFiles() {
    }

    static List<SourceDocument> list(List<Path> inputs) throws IOException {
        List<SourceDocument> docs = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(f -> docs.add(SourceDocument.under(input, f)));
                }
            } else if (Files.isRegularFile(input)) {
                docs.add(SourceDocument.of(input));
            } else {
                throw new IOException(input + ": no such file or folder");
            }
        }
        return docs;
    }
}
