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
            "Examples:  raingan date 15/10/2562 '27 ก.พ. 63' '๒๗ ก.พ. ๒๕๖๓' 'วันที่ 1 ตุลาคม พ.ศ. 2562'"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every argument is a date", "1:some argument is not a date, or cannot exist"})
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
            } else {
                err.println("raingan date: '" + text + "': " + reading.problem());
                failed++;
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
