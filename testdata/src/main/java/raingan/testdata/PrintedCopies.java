package raingan.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import raingan.testdata.render.RenderException;
import raingan.testdata.render.ScanRenderer;
import raingan.testdata.print.PrintLayout;
import raingan.testdata.render.TextExportPrinter;

/**
 * Prints existing text exports (a real report such as the seed) to {@code OUT_DIR/<name>.pdf}
 * with a text layer and scans that to {@code OUT_DIR/<name>-scan.pdf} at 300 dpi, as the
 * corpus generator does with the reports it makes: by default in the system's ruled layout,
 * with {@code --print-layout flow} line for line.
 */
public final class PrintedCopies {

    private static final long SCAN_SEED = 2026L;

    private PrintedCopies() {
    }

    public static void main(String[] arguments) {
        PrintLayout layout = PrintLayout.RULED;
        String[] args = arguments;
        if (args.length > 0 && args[0].equals("--print-layout")) {
            if (args.length < 2 || !args[1].matches("ruled|flow")) {
                System.err.println("generate --print: --print-layout takes ruled or flow");
                System.exit(2);
            }
            layout = PrintLayout.valueOf(args[1].toUpperCase(java.util.Locale.ROOT));
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
        }
        if (args.length < 2) {
            System.err.println("usage: generate --print [--print-layout ruled|flow] TEXT_FILE... OUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[args.length - 1]);
        TextExportPrinter printer = new TextExportPrinter();
        ScanRenderer scanner = new ScanRenderer();
        int failed = 0;
        for (int i = 0; i < args.length - 1; i++) {
            Path text = Path.of(args[i]);
            String name = text.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            try {
                Files.createDirectories(out);
                Path pdf = out.resolve(name + ".pdf");
                printer.print(Files.readString(text, StandardCharsets.UTF_8), pdf, layout);
                scanner.render(pdf, out.resolve(name + "-scan.pdf"), SCAN_SEED);
                System.err.println("wrote " + pdf + " and its scan");
            } catch (NoSuchFileException e) {
                System.err.println("generate --print: " + text + ": no such file");
                failed++;
            } catch (IOException | RenderException e) {
                System.err.println("generate --print: " + text + ": " + e.getMessage());
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
