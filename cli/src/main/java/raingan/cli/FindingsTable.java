package raingan.cli;

import java.io.PrintWriter;
import raingan.model.Finding;
import raingan.model.ReportRecord;

/** Findings as a table a person reads in a terminal, one block per file. */
final class FindingsTable {

    private FindingsTable() {
    }

    static void print(PrintWriter out, String file, ReportRecord record) {
        long errors = record.findings().stream().filter(f -> f.severity().name().equals("ERROR")).count();
        out.printf("%s  (form %s, %d entries, %d findings, %d errors)%n", file, record.form(),
                record.reports().size(), record.findings().size(), errors);
        if (record.findings().isEmpty()) {
            out.println("  no findings");
        }
        int ruleWidth = record.findings().stream().mapToInt(f -> f.rule().id().length()).max().orElse(4);
        int atWidth = record.findings().stream().mapToInt(f -> f.at().length()).max().orElse(2);
        for (Finding f : record.findings()) {
            out.printf("  %-7s  %-" + ruleWidth + "s  %-" + atWidth + "s  %s%n",
                    f.severity().json(), f.rule().id(), f.at(), f.message());
        }
        out.println();
    }
}
