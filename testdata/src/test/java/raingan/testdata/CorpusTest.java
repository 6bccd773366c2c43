package raingan.testdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;

class CorpusTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameTruthAndTextBytes() throws Exception {
        List<CorpusDocument> a = Corpus.generate(dir.resolve("a"), 3, 2024, Set.of(Format.TEXT));
        List<CorpusDocument> b = Corpus.generate(dir.resolve("b"), 3, 2024, Set.of(Format.TEXT));
        assertEquals(List.of("gen-0001", "gen-0002", "gen-0003"), a.stream().map(CorpusDocument::id).toList());
        for (int i = 0; i < 3; i++) {
            String id = a.get(i).id();
            assertEquals(dir.resolve("a/truth/" + id + ".json"), a.get(i).truth());
            assertEquals(dir.resolve("a/text/" + id + ".txt"), a.get(i).files().get(Format.TEXT));
            assertArrayEquals(Files.readAllBytes(a.get(i).truth()), Files.readAllBytes(b.get(i).truth()));
            assertArrayEquals(Files.readAllBytes(a.get(i).files().get(Format.TEXT)),
                    Files.readAllBytes(b.get(i).files().get(Format.TEXT)));
            ReportRecord read = new RecordJson().read(Files.readString(a.get(i).truth()));
            assertEquals(a.get(i).report().truth(), read);
        }
        assertEquals(3, Files.readAllLines(dir.resolve("a/truth/manifest.jsonl")).size());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/truth/manifest.jsonl")),
                Files.readAllBytes(dir.resolve("b/truth/manifest.jsonl")));
    }

    @Test
    void theCommandLineWritesTheCorpusItNames() throws Exception {
        int exit = new CommandLine(new CorpusGenerator()).execute("--count", "2", "--seed", "9", "--formats", "text",
                "--text-layout", "tabbed", "--id-prefix", "t", "--out", dir.toString());
        assertEquals(0, exit);
        assertTrue(Files.readString(dir.resolve("text/t-0002.txt")).contains("\t:: "));
        assertTrue(Files.exists(dir.resolve("truth/t-0001.json")));
        assertEquals(2, new CommandLine(new CorpusGenerator()).execute("--count", "1", "--formats", "fax",
                "--out", dir.toString()));
    }

    @Test
    void formatsHaveTheirFoldersNames() {
        assertEquals(Format.DAMAGED, Format.of(" Damaged"));
        assertEquals("scan", Format.SCAN.folder());
        assertThrows(IllegalArgumentException.class, () -> Format.of("fax"));
    }
}
