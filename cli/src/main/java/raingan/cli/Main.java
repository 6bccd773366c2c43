package raingan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code raingan} command: wires subcommands, prints, exits. No conversion logic lives here. */
@Command(name = "raingan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Turns printed Thai government reports (text exports, PDFs, scans, photos, DOCX) into structured, audited JSON records. First form: the BMA project progress report.",
            ""},
        subcommands = {ConvertCommand.class, BeamCommand.class, LoadCommand.class, QueryCommand.class, AuditCommand.class, ReviewCommand.class, DateCommand.class, TextCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'raingan COMMAND --help' for a command's options."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** As {@link #run(String...)}, printing to the given writers. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("raingan: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
