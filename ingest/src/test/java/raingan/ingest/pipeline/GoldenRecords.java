package raingan.ingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import raingan.ingest.ConversionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.source.SourceDocument;
import raingan.model.RecordJson;
import raingan.model.SourceMethod;

/**
 * The golden sets: every document of a set converts to exactly the record beside it. A set is
 * a folder {@code DIR} of inputs and a folder {@code DIR-expected} holding, for input
 * {@code DIR/X}, its record {@code DIR-expected/X.json}: what {@code raingan convert DIR --out
 * DIR-expected} writes. The sets are {@code testdata/samples} and the ingest fixtures.
 *
 * <p>When a change is meant to change records, run the tests with
 * {@code -Draingan.golden.update=true}: each record is written over its expected file, and the
 * change is then reviewed as a diff of those files. To add a pair, convert the input into the
 * expected folder.
 *
 * <p>One parameterised test for both kinds of pair: {@link GoldenRecordsTest} takes those whose
 * expected record was read from text, {@link GoldenRecordsIT} those read by OCR, which run
 * Tesseract for real.
 */
abstract class GoldenRecords {

    /** An input and its expected record. */
    record Pair(Path input, String name, Path expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final RecordJson JSON = new RecordJson();
    private static final boolean UPDATE = Boolean.getBoolean("raingan.golden.update");
    private static Converter converter;

    /** The module's folder: surefire and failsafe run tests there and name it {@code basedir}. */
    static Path basedir() {
        return Path.of(System.getProperty("basedir", "."));
    }

    static List<Path> sets() {
        return List.of(basedir().resolve("../testdata/samples").normalize(),
                basedir().resolve("src/test/resources/fixtures"));
    }

    static Path expectedFolder(Path set) {
        return set.resolveSibling(set.getFileName() + "-expected");
    }

    /** Every pair of every set whose expected record was read the way {@code method} says. */
    static Stream<Pair> pairs(Predicate<SourceMethod> method) {
        return sets().stream().flatMap(set -> pairsOf(set).stream())
                .filter(p -> method.test(JSON.read(read(p.expected())).source().method()));
    }

    static List<Pair> pairsOf(Path set) {
        Path expected = expectedFolder(set);
        try (Stream<Path> files = Files.list(expected)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().map(f -> {
                String file = f.getFileName().toString();
                String name = file.substring(0, file.length() - ".json".length());
                return new Pair(set.resolve(name), name, f);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void start() {
        converter = new Converter(ExtractionSettings.defaults());
    }

    @AfterAll
    static void stop() {
        converter.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void convertsToItsExpectedRecord(Pair pair) throws ConversionException, IOException {
        String actual = JSON.pretty(converter.convert(new SourceDocument(pair.input(), pair.name())));
        if (UPDATE) {
            Files.writeString(pair.expected(), actual, StandardCharsets.UTF_8);
        }
        assertEquals(read(pair.expected()), actual, pair.name());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
