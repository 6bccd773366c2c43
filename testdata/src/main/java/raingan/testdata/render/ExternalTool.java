package raingan.testdata.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An external program (chromium, soffice, pdftoppm, convert, img2pdf) run with a time limit.
 * Its output goes to a log file, so a chatty program never blocks on a full pipe; the log's
 * tail is quoted when the program fails. Immutable and thread-safe.
 */
public final class ExternalTool {

    private static final int LOG_TAIL = 1500;

    private final String command;
    private final String debianPackage;

    /**
     * @param command        the program's name, looked up on PATH
     * @param debianPackage  the package to name when it is missing
     */
    public ExternalTool(String command, String debianPackage) {
        this.command = command;
        this.debianPackage = debianPackage;
    }

    public static ExternalTool chromium() {
        return new ExternalTool("chromium", "chromium");
    }

    public static ExternalTool soffice() {
        return new ExternalTool("soffice", "libreoffice-writer-nogui");
    }

    public static ExternalTool pdftoppm() {
        return new ExternalTool("pdftoppm", "poppler-utils");
    }

    public static ExternalTool pdftotext() {
        return new ExternalTool("pdftotext", "poppler-utils");
    }

    public static ExternalTool convert() {
        return new ExternalTool("convert", "imagemagick");
    }

    public static ExternalTool img2pdf() {
        return new ExternalTool("img2pdf", "img2pdf");
    }

    public String command() {
        return command;
    }

    /** True when the program is on PATH. */
    public boolean available() {
        return locate() != null;
    }

    private Path locate() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Runs the program with {@code args} in {@code workDir}; see {@link #run(List, Path, Map, Duration)}. */
    public void run(List<String> args, Path workDir, Duration timeout) throws RenderException {
        run(args, workDir, Map.of(), timeout);
    }

    /**
     * Runs the program and waits for it.
     *
     * @param env extra environment variables
     * @throws ToolMissingException if the program is not on PATH
     * @throws RenderException      if it exits non-zero or outlives {@code timeout} (it is then killed,
     *                              with its children)
     */
    public void run(List<String> args, Path workDir, Map<String, String> env, Duration timeout)
            throws RenderException {
        Path program = locate();
        if (program == null) {
            throw new ToolMissingException(command, debianPackage);
        }
        List<String> commandLine = new ArrayList<>();
        commandLine.add(program.toString());
        commandLine.addAll(args);
        Path log = null;
        Process process = null;
        try {
            log = Files.createTempFile(workDir, "." + command + "-", ".log");
            ProcessBuilder pb = new ProcessBuilder(commandLine).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            process = pb.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new RenderException(command + " did not finish within " + timeout.toSeconds() + " s"
                        + tail(log));
            }
            if (process.exitValue() != 0) {
                throw new RenderException(command + " failed with exit code " + process.exitValue() + tail(log));
            }
        } catch (IOException e) {
            throw new RenderException(command + " could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new RenderException(command + " was interrupted", e);
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // A leftover log in a temporary folder is harmless.
                }
            }
        }
    }

    private static void kill(Process process) {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return "";
            }
            return ":\n" + (text.length() > LOG_TAIL ? "…" + text.substring(text.length() - LOG_TAIL) : text);
        } catch (IOException e) {
            return "";
        }
    }
}
