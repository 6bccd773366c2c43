package raingan.ingest;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared folder (the contract and the real corpus) beside the checkout.
 * In CI its absence is a failure; on a developer's machine, a clearly reported skip.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path require(String relative) {
        String root = System.getProperty("raingan.shared", "../shared");
        Path path = Path.of(root).resolve(relative).normalize();
        if (!Files.exists(path)) {
            String why = "shared file " + path + " is missing (is ../shared beside the checkout?)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        return path;
    }
}
