package raingan.testdata.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import raingan.model.CitedDocument;
import raingan.model.StatusCategory;

/** One entry of section 2 while the generator is still deciding it; mutable, never shared. */
final class EntryDraft {

    boolean empty;
    Integer number;
    boolean numberPrinted = true;
    /** An unnumbered copy of the entry before it: it repeats that entry, it pays nothing. */
    boolean reprint;
    /** The calendar date the entry was written on; stays set when the print is impossible. */
    LocalDate intended;
    /** The date a reader gets: null when {@link #dateText} cannot exist. */
    LocalDate date;
    String dateText;
    StatusCategory category;
    String status;
    String printedStatus;
    List<CitedDocument> cited = new ArrayList<>();
    boolean hasProgress = true;
    BigDecimal progress;
    BigDecimal payment = BigDecimal.ZERO;
    Integer disbursementNo;
    BigDecimal disbursed;
    Boolean onPlan;
    Boolean onTarget;

    static EntryDraft emptyEntry() {
        EntryDraft e = new EntryDraft();
        e.empty = true;
        e.hasProgress = false;
        return e;
    }

    /** A copy printed again without its number, as the system sometimes does after an edit. */
    EntryDraft reprint() {
        EntryDraft e = new EntryDraft();
        e.intended = intended;
        e.date = date;
        e.category = category;
        e.status = status;
        e.printedStatus = status;
        e.cited = new ArrayList<>(cited);
        e.progress = progress;
        e.onPlan = onPlan;
        e.onTarget = onTarget;
        e.numberPrinted = false;
        e.reprint = true;
        return e;
    }
}
