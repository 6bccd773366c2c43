package raingan.testdata.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import raingan.testdata.print.FormHtmlWriter;
import raingan.testdata.print.Printout;

/**
 * Writes reports as Word documents (DOCX) through headless LibreOffice, converting many in one
 * run. LibreOffice gets its own profile and HOME in a temporary folder, so runs never share
 * (or lock) a user profile.
 */
public final class LibreOfficeDocxRenderer {

    private static final Duration BASE_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration PER_REPORT = Duration.ofSeconds(5);

    private final ExternalTool soffice;
    private final FormHtmlWriter html = new FormHtmlWriter();

    public LibreOfficeDocxRenderer() {
        this(ExternalTool.soffice());
    }

    LibreOfficeDocxRenderer(ExternalTool soffice) {
        this.soffice = soffice;
    }

    /**
     * Writes {@code outDir/<id>.docx} for every report.
     *
     * @return the files in the order of {@code reports}
     * @throws ToolMissingException if LibreOffice is not installed
     * @throws RenderException      if it fails, times out or leaves a document unwritten
     */
    public List<Path> render(List<Printout> reports, Path outDir) throws RenderException {
        if (reports.isEmpty()) {
            return List.of();
        }
        try (Scratch scratch = new Scratch("raingan-soffice-")) {
            Path in = Files.createDirectories(scratch.resolve("in"));
            Files.createDirectories(outDir);
            List<String> args = new ArrayList<>(List.of("--headless", "--norestore", "--nologo", "--nolockcheck",
                    "--nodefault", "-env:UserInstallation=" + scratch.resolve("profile").toUri(),
                    "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
                    "--outdir", outDir.toAbsolutePath().toString()));
            for (Printout p : reports) {
                Path file = in.resolve(p.id() + ".html");
                Files.writeString(file, html.wordDocument(p), StandardCharsets.UTF_8);
                args.add(file.toString());
            }
            Duration timeout = BASE_TIMEOUT.plus(PER_REPORT.multipliedBy(reports.size()));
            soffice.run(args, scratch.dir(), Map.of("HOME", scratch.dir().toString()), timeout);
            List<Path> written = new ArrayList<>();
            for (Printout p : reports) {
                Path docx = outDir.resolve(p.id() + ".docx");
                if (!Files.isRegularFile(docx) || Files.size(docx) == 0) {
                    throw new RenderException("LibreOffice wrote no " + docx.getFileName());
                }
                written.add(docx);
            }
            return written;
        } catch (IOException e) {
            throw new RenderException("cannot write DOCX: " + e.getMessage(), e);
        }
    }
}
