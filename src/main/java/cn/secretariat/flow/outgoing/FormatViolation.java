package cn.secretariat.flow.outgoing;

import java.util.Objects;

/**
 * One objection of the format pre-check.
 *
 * @param rule    stable ASCII id of the rule (e.g. {@code title-ends-with-doc-type}), for code and tests
 * @param message what the drafter reads: in Chinese, what is wrong and how to fix it, ending with the source
 *                in brackets
 */
public record FormatViolation(String rule, String message) {

  public FormatViolation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }
}
