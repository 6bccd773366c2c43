package raingan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * A Thai government fiscal year: BE year N runs from 1 October of CE N-544 to
 * 30 September of CE N-543.
 */
@JsonPropertyOrder({"be", "ce", "start", "end"})
public record FiscalYear(int be, int ce, LocalDate start, LocalDate end) {

    /** The Buddhist era is the Common Era plus 543. */
    public static final int BE_OFFSET = 543;

    public static FiscalYear ofBuddhistYear(int be) {
        int ce = be - BE_OFFSET;
        return new FiscalYear(be, ce, LocalDate.of(ce - 1, 10, 1), LocalDate.of(ce, 9, 30));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
