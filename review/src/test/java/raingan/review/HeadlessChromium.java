package raingan.review;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import raingan.testdata.render.ExternalTool;

/**
 * Opens report pages in headless Chromium (Debian's {@code chromium}), as an auditor's browser
 * would, and keeps what the page said on its console: Chromium prints every console message and
 * uncaught error on stderr as {@code …:CONSOLE…] "message", source: …} with {@code --enable-logging=stderr}.
 */
final class HeadlessChromium {

    private static final long TIMEOUT_SECONDS = 60;

    /** What a page gave: its DOM after its scripts ran (or nothing, for a screenshot), and its console. */
    record Loaded(String dom, List<String> console) {
    }

    private final Path profile;

    HeadlessChromium(Path scratch) throws IOException {
        assumeTrue(new ExternalTool("chromium", "chromium").available()
                || "true".equalsIgnoreCase(System.getenv("CI")), "chromium is not installed");
        profile = Files.createDirectories(scratch.resolve("chromium-profile"));
    }

    Loaded dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    /** Saves a {@code width} × {@code height} screenshot of the page's top. */
    Loaded screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        return run(page, "--window-size=" + width + "," + height, "--hide-scrollbars",
                "--screenshot=" + png.toAbsolutePath());
    }

    private Loaded run(Path page, String... what) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(profile.getParent(), "chromium-", ".out");
        Path stderr = Files.createTempFile(profile.getParent(), "chromium-", ".err");
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + profile));
        command.addAll(List.of(what));
        command.add(page.toUri().toString());
        Process p = new ProcessBuilder(command).directory(profile.getParent().toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s on " + page);
        }
        List<String> console = new ArrayList<>();
        for (String line : Files.readAllLines(stderr, StandardCharsets.UTF_8)) {
            if (line.contains(":CONSOLE")) {
                console.add(line);
            }
        }
        return new Loaded(Files.readString(stdout, StandardCharsets.UTF_8), console);
    }
}
