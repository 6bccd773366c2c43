package raingan.testdata.generate;

import raingan.model.RuleId;

/**
 * An inconsistency planted in a generated report and where its finding points.
 *
 * @param at JSON Pointer of the expected finding, e.g. {@code /reports/3} or {@code /project/budgetSpent}
 */
public record PlantedDefect(DefectKind kind, String at) {

    public RuleId rule() {
        return kind.rule();
    }
}
