package raingan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import raingan.ingest.parse.date.BuddhistDateParser;
import raingan.ingest.parse.date.DateReading;

@Command(name = "date",
        mixinStandardHelpOptions = true,
        description = {
            "Reads dates as printed on Thai government forms and prints each as an ISO date.",
            "",
            "Buddhist-era years (2400 or more, or 2 digits) become Common Era; impossible dates are errors.",
            "",
            "A weekday before the date and a time after it are read (วันพฤหัสบดีที่ 1 ตุลาคม 2563 เวลา 10.00 น.);"
                    + " a weekday the date does not fall on prints a warning line, a time that cannot exist is an error.",
            "",
            "Examples:  raingan date 15/10/2562 '27 ก.พ. 63' '๒๗ ก.พ. ๒๕๖๓' 'วันที่ 1 ตุลาคม พ.ศ. 2562'"
                    + " 'อา. ๔ ต.ค. ๒๕๖๓' '15 กรกฎาคม 2565 9:5:7'"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every argument is a date (warnings included)",
            "1:some argument is not a date, or its date or time cannot exist"})
final class DateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "A printed date; quote it when it has spaces.")
    List<String> texts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuddhistDateParser parser = new BuddhistDateParser();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (String text : texts) {
            DateReading reading = parser.parse(text);
            if (reading.ok()) {
                out.println(reading.date());
                if (reading.warning() != null) {
                    tell(out, err, "'" + text + "': warning: " + reading.warning());
                }
            } else {
                tell(out, err, "'" + text + "': " + reading.problem());
                failed++;
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** A line on standard error, after the dates before it, so that a terminal shows each beside its date. */
    private static void tell(PrintWriter out, PrintWriter err, String line) {
        out.flush();
        err.println("raingan date: " + line);
        err.flush();
    }
}
