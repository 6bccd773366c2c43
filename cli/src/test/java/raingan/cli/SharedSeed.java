package raingan.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** ../shared beside the checkout: required in CI, a reported skip elsewhere. */
final class SharedSeed {

    private SharedSeed() {
    }

    static Path require(String relative) {
        Path path = Path.of(System.getProperty("raingan.shared", "../shared")).resolve(relative).normalize();
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
