package raingan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import raingan.batch.walk.InputWalker;
import raingan.batch.walk.ReadablePath;
import raingan.batch.walk.WalkEntry;
import raingan.ingest.ConversionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.pipeline.Converter;
import raingan.ingest.source.SourceDocument;

/**
 * The documents a command names, found as {@code raingan convert} finds them ({@link InputWalker}):
 * files as given, folders walked in sorted order, junk, hidden files, link loops and links out of
 * the folders given passed over.
 * What cannot be read or converted is named on the command's error stream as
 * {@code raingan COMMAND: NAME: why} and counted, and the command goes on with the rest.
 */
final class Documents {

    /** What a command does with one document. */
    @FunctionalInterface
    interface Reader {
        void read(SourceDocument doc, Converter converter) throws ConversionException;
    }

    /** The documents found, and how many inputs could not be read (each named on the error stream). */
    record Found(List<SourceDocument> documents, int unreadable) {
        Found {
            documents = List.copyOf(documents);
        }
    }

    private final String command;
    private final PrintWriter err;

    /** @param command the command's name, which starts its error lines */
    Documents(String command, PrintWriter err) {
        this.command = command;
        this.err = err;
    }

    /** Every document under {@code inputs}, none inside the folders {@code notEntered}. */
    Found find(List<Path> inputs, List<Path> notEntered) {
        List<SourceDocument> documents = new ArrayList<>();
        int unreadable = 0;
        InputWalker walker = new InputWalker(inputs, notEntered, List.of());
        while (walker.hasNext()) {
            WalkEntry e = walker.next();
            switch (e.kind()) {
                case FILE -> documents.add(new SourceDocument(e.path(), e.name()));
                case UNREADABLE -> {
                    fail(e.name(), e.reason());
                    unreadable++;
                }
                case SKIPPED -> {
                    // Not a document: convert lists it in its manifest; a reading command passes it over.
                }
            }
        }
        return new Found(documents, unreadable);
    }

    /**
     * Reads each document under {@code inputs} with one converter, in walk order.
     *
     * @return how many could not be read or converted
     */
    int readEach(List<Path> inputs, ExtractionSettings settings, Reader reader) {
        Found found = find(inputs, List.of());
        int failed = found.unreadable();
        try (Converter converter = new Converter(settings)) {
            for (SourceDocument doc : found.documents()) {
                try (ReadablePath readable = ReadablePath.of(doc.path())) {
                    reader.read(new SourceDocument(readable.path(), doc.name()), converter);
                } catch (ConversionException e) {
                    fail(doc.name(), e.getMessage());
                    failed++;
                } catch (IOException e) {
                    fail(doc.name(), "cannot open: " + e.getMessage());
                    failed++;
                }
            }
        }
        return failed;
    }

    void fail(String name, String why) {
        err.println("raingan " + command + ": " + name + ": " + why);
    }
}
