package io.github.cpvmodel;

import org.immutables.value.Value;

/**
 * One broken rule at one place: the path to the offending value, the {@link Rule} and a message that quotes the
 * value and says what is valid.
 *
 * <p>Paths use property names joined by dots and list indexes in brackets, relative to the value or dataset that
 * was checked: {@code meetings[3].bridgePoints[17].coChairs[0]}. The empty path means the checked value as a
 * whole.
 *
 * <pre>{@code
 * Violation v = Validity.ORDER.violation("end", "end '2019-01-01' is before start '2020-01-01'");
 * v.withPathPrefix("tenures[2].validity").path(); // "tenures[2].validity.end"
 * }</pre>
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract class Violation {
  Violation() {}

  /** {@return the path to the offending value, empty for the checked value as a whole} */
  @Value.Parameter
  public abstract String path();

  /** {@return the rule that was broken} */
  @Value.Parameter
  public abstract Rule rule();

  /** {@return what is wrong, quoting the value, and what would be valid} */
  @Value.Parameter
  public abstract String message();

  /**
   * A violation.
   *
   * @param path the path to the offending value, possibly empty
   * @param rule the broken rule
   * @param message what is wrong, quoting the value, and what would be valid
   * @return the violation
   */
  public static Violation of(String path, Rule rule, String message) {
    return ImmutableViolation.of(path, rule, message);
  }

  /**
   * This violation seen from an enclosing value: {@code prefix} is put in front of the path.
   *
   * @param prefix the path of this violation's value inside the enclosing one, e.g. {@code meetings[3]}
   * @return the violation with the longer path
   */
  public Violation withPathPrefix(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    String path = path();
    String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    return ImmutableViolation.of(joined, rule(), message());
  }

  /** Returns {@code path: message [rule]}, or {@code message [rule]} for the empty path. */
  @Override
  public String toString() {
    return (path().isEmpty() ? "" : path() + ": ") + message() + " [" + rule().code() + "]";
  }
}
