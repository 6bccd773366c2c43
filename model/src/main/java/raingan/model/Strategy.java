package raingan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Section 1.6: how the project supports the BMA 20-year plan, each field as printed. */
@JsonPropertyOrder({"issue", "subIssue", "goal", "indicator"})
public record Strategy(String issue, String subIssue, String goal, String indicator) {
}
