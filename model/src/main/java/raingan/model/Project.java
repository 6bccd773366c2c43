package raingan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Section 1 of the form: what the project is, who runs it and why. A field the
 * document does not give is null; a list section that is absent is null, one that
 * is printed but empty is an empty list.
 */
@JsonPropertyOrder({"name", "code", "fiscalYear", "startDate", "endDate", "budgetReceived", "budgetSpent",
        "agency", "responsible", "coordinator", "rationale", "objectives", "targets", "strategy"})
public record Project(
        String name,
        String code,
        FiscalYear fiscalYear,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal budgetReceived,
        BigDecimal budgetSpent,
        List<String> agency,
        Person responsible,
        Person coordinator,
        List<String> rationale,
        List<String> objectives,
        List<String> targets,
        Strategy strategy) {

    public Project {
        agency = copyOrNull(agency);
        rationale = copyOrNull(rationale);
        objectives = copyOrNull(objectives);
        targets = copyOrNull(targets);
    }

    private static List<String> copyOrNull(List<String> list) {
        return list == null ? null : List.copyOf(list);
    }
}
