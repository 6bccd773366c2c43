package raingan.beam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What a job wrote under its output prefix, read back. */
final class Shards {

    private Shards() {
    }

    /** Every line of one output's shards ({@link ConversionPipeline#RECORDS} …), sorted. */
    static List<String> lines(String prefix, String output) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> shards = Files.list(Path.of(prefix))) {
            for (Path shard : (Iterable<Path>) shards::iterator) {
                String name = shard.getFileName().toString();
                if (name.startsWith(output + "-") && name.endsWith(ConversionPipeline.SUFFIX)) {
                    all.addAll(Files.readAllLines(shard));
                }
            }
        }
        all.sort(null);
        return all;
    }
}
