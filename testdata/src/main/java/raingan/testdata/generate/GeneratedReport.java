package raingan.testdata.generate;

import java.util.List;
import raingan.model.ReportRecord;
import raingan.testdata.print.Printout;

/**
 * One generated report: its ground truth, what its pages print, and the inconsistencies
 * planted in it.
 *
 * @param truth    the record a perfect reader must produce (source null, findings included)
 * @param printout the printed values every layout is written from
 */
public record GeneratedReport(String id, long seed, ReportRecord truth, Printout printout,
                              List<PlantedDefect> defects) {

    public GeneratedReport {
        defects = List.copyOf(defects);
    }
}
