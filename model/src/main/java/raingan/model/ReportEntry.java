package raingan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One progress-report entry of section 2 (รายงานครั้งที่ N). An entry printed without
 * content keeps its number and has nulls elsewhere.
 *
 * @param no         the printed entry number; null when printed without one
 * @param date       the entry's date, null when absent or impossible (see {@code dateText})
 * @param dateText   the date as printed
 */
@JsonPropertyOrder({"no", "date", "dateText", "status", "statusCategory", "progressPercent",
        "disbursementNo", "disbursedAmount", "onPlan", "onTarget", "citedDocuments"})
public record ReportEntry(
        Integer no,
        LocalDate date,
        String dateText,
        String status,
        StatusCategory statusCategory,
        Double progressPercent,
        Integer disbursementNo,
        BigDecimal disbursedAmount,
        Boolean onPlan,
        Boolean onTarget,
        List<CitedDocument> citedDocuments) {

    public ReportEntry {
        citedDocuments = citedDocuments == null ? List.of() : List.copyOf(citedDocuments);
    }

    /** True when nothing but the number was printed. Not part of the record's JSON. */
    @JsonIgnore
    public boolean isEmpty() {
        return date == null && dateText == null && status == null && progressPercent == null
                && disbursementNo == null && disbursedAmount == null && onPlan == null && onTarget == null;
    }
}
