package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Violation;

/**
 * One thing wrong with a JSON input: where it is (the JSON Pointer of the offending value, and its line and column),
 * the rule it breaks and what is wrong, in words.
 */
public final class Problem {
  private final String pointer;
  private final int line;
  private final int column;
  private final Rule rule;
  private final String message;

  private Problem(String pointer, int line, int column, Rule rule, String message) {
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.rule = rule;
    this.message = message;
  }

  /**
   * A problem.
   *
   * @param pointer the JSON Pointer of the offending value ({@code ""} for the whole document)
   * @param position the line in the high 32 bits and the column in the low, both from 1 (0 when unknown)
   * @param rule the rule broken
   * @param message what is wrong, quoting the value and ending with the rule in words
   * @return the problem
   */
  public static Problem of(String pointer, long position, Rule rule, String message) {
    return new Problem(requireNonNull(pointer, "pointer"), (int) (position >>> 32), (int) position,
        requireNonNull(rule, "rule"), requireNonNull(message, "message"));
  }

  /**
   * A problem found by core, placed where it happened.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param position the line in the high 32 bits and the column in the low
   * @param violation the violation core reported
   * @return the problem
   */
  public static Problem of(String pointer, long position, Violation violation) {
    return of(pointer, position, violation.rule(), violation.message());
  }

  /** {@return the JSON Pointer (RFC 6901) of the offending value, e.g. {@code /observations/3/value/numerator}} */
  public String pointer() {
    return pointer;
  }

  /** {@return the line of the offending value, from 1; 0 when unknown} */
  public int line() {
    return line;
  }

  /** {@return the column of the offending value, from 1; 0 when unknown} */
  public int column() {
    return column;
  }

  /** {@return the rule broken} */
  public Rule rule() {
    return rule;
  }

  /** {@return what is wrong, ending with the rule in words} */
  public String message() {
    return message;
  }

  /** {@return the problem as a violation whose path is the pointer and whose message gives line and column} */
  public Violation toViolation() {
    return Violation.of(pointer, rule, line == 0 ? message
        : String.format("line %d, column %d: %s", line, column, message));
  }

  @Override
  public String toString() {
    return toViolation().toString();
  }
}
