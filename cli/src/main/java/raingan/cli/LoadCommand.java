package raingan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import raingan.ingest.write.AtomicFiles;
import raingan.model.RecordJson;
import raingan.warehouse.LoadSummary;
import raingan.warehouse.Loader;
import raingan.warehouse.RecordSource;
import raingan.warehouse.Rejection;
import raingan.warehouse.Warehouse;
import raingan.warehouse.WarehouseTarget;

@Command(name = "load",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Loads records into a warehouse: DuckDB (embedded, the default) or PostgreSQL.",
            "",
            "Tables source_document, source_page, project, project_item, report_entry, cited_document and finding, and the views agency_budget, project_stopped and agency_findings, created or migrated on the way in. Rows are keyed by the sha256 of each record's source: loading the same records again changes nothing, a file converted again replaces its rows, and each document is loaded whole or not at all.",
            ""},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:every record was loaded (or was already there)",
            "1:bad usage, or the warehouse could not be used",
            "2:some records were rejected (each is named on stderr with the reason; the rest were loaded)"})
final class LoadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT_OR_JSONL",
            description = "An output folder of raingan convert (its ok records), or a JSON Lines file of records (--jsonl).")
    Path input;

    @Option(names = "--db", paramLabel = "DB",
            description = WarehouseOption.DESCRIPTION + ". Default: duckdb:raingan.duckdb in the output folder, or beside the JSON Lines file.")
    String db;

    @Option(names = "--group", paramLabel = "N", defaultValue = "" + Loader.DEFAULT_GROUP,
            description = "Documents per transaction; 1 commits each on its own (much slower: a statement costs the same for one record or 500). Default: ${DEFAULT-VALUE}.")
    int group;

    @Option(names = "--summary", paramLabel = "FILE", description = "Write the load's summary (counts, rejections, records/s) as JSON.")
    Path summaryFile;

    @Option(names = {"-q", "--quiet"}, description = "Print only the rejected records and errors.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        WarehouseTarget target = WarehouseOption.target(db, WarehouseTarget.beside(input));
        Loader loader = new Loader(group);
        LoadSummary summary;
        // The records first: a path that is not there must not leave an empty warehouse beside it.
        try (RecordSource records = RecordSource.open(input); Warehouse warehouse = Warehouse.open(target)) {
            if (warehouse.migrationsApplied() > 0 && !quiet) {
                err.println("raingan load: " + target + " is at schema version " + warehouse.schemaVersion()
                        + " (" + warehouse.migrationsApplied() + " migration(s) applied)");
            }
            summary = loader.load(warehouse, records);
        }
        for (Rejection r : summary.rejected()) {
            err.println("raingan load: rejected " + r.location() + ": " + r.reason());
        }
        if (!quiet) {
            err.println("raingan load: " + summary.line());
        }
        if (summaryFile != null) {
            AtomicFiles.write(summaryFile, new RecordJson().line(summary) + "\n");
        }
        return summary.exitCode();
    }
}
