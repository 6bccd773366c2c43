package raingan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import raingan.warehouse.WarehouseQuery;
import raingan.warehouse.WarehouseTarget;

@Command(name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Runs one SQL query over a warehouse, read-only, and prints the result as a table.",
            "",
            "For a look without installing a database client; psql, the DuckDB CLI or any JDBC tool read the same tables."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the query ran", "1:no warehouse there, or the query failed"})
final class QueryCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "DB", description = WarehouseOption.DESCRIPTION + ".")
    String db;

    @Parameters(index = "0", paramLabel = "SQL", description = "One statement, e.g. 'SELECT * FROM agency_budget'.")
    String sql;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        WarehouseQuery.Result result = WarehouseQuery.run(WarehouseTarget.parse(db), sql);
        PrintWriter out = spec.commandLine().getOut();
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < result.columns().size(); c++) {
            int w = width(result.columns().get(c));
            for (List<String> row : result.rows()) {
                w = Math.max(w, width(text(row.get(c))));
            }
            widths.add(w);
        }
        print(out, result.columns(), widths);
        List<String> rules = new ArrayList<>();
        widths.forEach(w -> rules.add("-".repeat(w)));
        print(out, rules, widths);
        for (List<String> row : result.rows()) {
            print(out, row.stream().map(QueryCommand::text).toList(), widths);
        }
        out.println("(" + result.rows().size() + (result.rows().size() == 1 ? " row)" : " rows)"));
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, List<String> cells, List<Integer> widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            line.append(c == 0 ? "" : "  ").append(cell);
            if (c < cells.size() - 1) {
                line.append(" ".repeat(widths.get(c) - width(cell)));
            }
        }
        out.println(line);
    }

    private static String text(String value) {
        return value == null ? "NULL" : value;
    }

    /** Columns on a terminal: Thai vowel and tone marks sit on their letter and take none. */
    static int width(String s) {
        return (int) s.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK
                        && Character.getType(cp) != Character.ENCLOSING_MARK)
                .count();
    }
}
