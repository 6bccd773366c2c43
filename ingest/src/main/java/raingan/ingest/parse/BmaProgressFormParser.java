package raingan.ingest.parse;

import java.util.List;
import raingan.model.ReportRecord;

/** PLACEHOLDER: the BMA project progress report parser. */
public final class BmaProgressFormParser implements FormParser {
    @Override
    public ParsedForm parse(String normalisedText) {
        return new ParsedForm(ReportRecord.FORM_UNKNOWN, null, List.of(), List.of());
    }
}
