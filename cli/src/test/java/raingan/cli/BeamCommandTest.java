package raingan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.model.RecordJson;
import raingan.testdata.generate.ReportGenerator;
import raingan.testdata.print.TextExportWriter;

class BeamCommandTest {

    private final RecordJson json = new RecordJson();

    @Test
    void aFolderConvertsOnTheDirectRunnerAndItsBadFileIsOneDeadLetter(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/2563"));
        for (int i = 0; i < 2; i++) {
            Files.writeString(in.resolve("เขต-" + i + ".txt"), new TextExportWriter()
                    .write(new ReportGenerator().generate("cli-" + i, ReportGenerator.seedFor(7, i)).printout()));
        }
        Files.createFile(in.resolve("ว่าง.txt"));
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("beam", "--input", tmp.resolve("in") + "/**", "--output", out + "/", "--ocr", "never",
                "--summary", tmp.resolve("summary.json").toString(), "--targetParallelism=2");

        assertEquals(2, run.exit(), "some input failed, the job did not: " + run.err());
        assertTrue(run.err().startsWith("raingan beam: 3 files: 2 ok, 1 failed (EMPTY_FILE 1)"), run.err());
        assertEquals(2, json.mapper().readTree(tmp.resolve("summary.json").toFile()).get("ok").asInt());
        List<String> records = lines(out, "records-");
        assertEquals(2, records.size());
        assertTrue(records.get(0).contains("\"file\":\"2563/เขต-"), "named as convert names them: " + records.get(0));
        List<String> failures = lines(out, "failures-");
        assertEquals(1, failures.size(), failures.toString());
        JsonNode dead = json.mapper().readTree(failures.get(0));
        assertEquals("2563/ว่าง.txt", dead.get("path").asText());
        assertEquals("EMPTY_FILE", dead.get("errorClass").asText());
    }

    @Test
    void anOptionNeitherRaingansNorBeamsIsAUsageErrorNamingIt(@TempDir Path tmp) {
        CliRun run = CliRun.of("beam", "--input", tmp + "/**", "--output", tmp + "/out/", "--runnr=FlinkRunner");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("runnr"), run.err());
    }

    @Test
    void anObjectStoreInputIsRefusedSayingWhy(@TempDir Path tmp) {
        CliRun run = CliRun.of("beam", "--input", "gs://archive/2563/**", "--output", tmp + "/out/");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("a file system every worker mounts"), run.err());
    }

    private static List<String> lines(Path out, String prefix) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith(prefix)) {
                    all.addAll(Files.readAllLines(f));
                }
            }
        }
        all.sort(null);
        return all;
    }
}
