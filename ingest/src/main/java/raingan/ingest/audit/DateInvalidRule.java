package raingan.ingest.audit;

import raingan.model.Finding;
import raingan.model.ReportEntry;
import raingan.model.RuleId;
import raingan.model.Severity;

/**
 * {@code date.invalid}: a report entry prints a date that could not be read or cannot
 * exist (31/2/2563): its {@code dateText} is kept and its {@code date} is null.
 * The project's own start and end dates are checked by the parser, not here.
 */
public final class DateInvalidRule implements EntryRule {

    @Override
    public Finding check(ReportEntry entry, int i) {
        if (entry.date() != null || entry.dateText() == null || entry.dateText().isBlank()) {
            return null;
        }
        return new Finding(RuleId.DATE_INVALID, Severity.ERROR, Wording.entryPointer(i) + "/date",
                Wording.entry(entry, i) + " has the date \"" + entry.dateText()
                        + "\", which could not be read as a real calendar date; check the printed date.");
    }
}
