package raingan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One audit result.
 *
 * @param rule     the rule that found it, written as its stable identifier, e.g. {@code report.flag-conflict}
 * @param at       JSON Pointer into the record (0-based indices), e.g. {@code /reports/4/date}
 * @param message  a sentence a person can act on
 */
@JsonPropertyOrder({"rule", "severity", "at", "message"})
public record Finding(RuleId rule, Severity severity, String at, String message) {
}
