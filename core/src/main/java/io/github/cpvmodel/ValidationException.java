package io.github.cpvmodel;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value or a dataset breaks one or more rules; carries every {@link Violation} found, not only the
 * first.
 *
 * <p>It is an {@link IllegalArgumentException}, so code that only cares that input was rejected needs nothing
 * special; code that wants to report or test which rule was broken reads {@link #violations()}.
 *
 * <pre>{@code
 * try {
 *   Validity.parse("2020-01-01/2019-01-01");
 * } catch (ValidationException e) {
 *   e.violations().get(0).rule(); // Validity.ORDER
 * }
 * }</pre>
 */
public class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Serializable view of the violations; the list itself is immutable. */
  private final transient ImmutableList<Violation> violations;

  /**
   * An exception for one or more violations.
   *
   * @param violations the violations, at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(List<Violation> violations) {
    super(message(violations));
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * An exception for one violation.
   *
   * @param violation the violation
   */
  public ValidationException(Violation violation) {
    this(ImmutableList.of(violation));
  }

  /**
   * Throws the violations a check collected, if there are any: how a check that reports every violation at once
   * (a registry, a dataset) turns what it found into one rejection.
   *
   * <pre>{@code
   * ValidationException.requireNone(PartyBodies.hierarchy().validate()); // passes: the built-in tree is consistent
   * }</pre>
   *
   * @param violations the violations found, possibly none
   * @throws ValidationException carrying all of them, in order, if there is at least one
   */
  public static void requireNone(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  /**
   * Throws a violation at once: the handler of a check that rejects the first violation it finds, such as
   * {@code rule.index(values, key, path, ValidationException::throwFor)}.
   *
   * @param violation the violation
   * @throws ValidationException always, carrying {@code violation}
   */
  public static void throwFor(Violation violation) {
    throw new ValidationException(violation);
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("A ValidationException needs at least one violation");
    }
    if (violations.size() == 1) {
      return violations.get(0).toString();
    }
    return violations.size() + " violations:\n"
        + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
  }

  /** {@return every violation found, in the order they were found; never empty} */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * The same violations seen from an enclosing value: {@code prefix} is put in front of every path.
   *
   * @param prefix the path of the checked value inside the enclosing one
   * @return a new exception with the longer paths
   */
  public ValidationException withPathPrefix(String prefix) {
    return new ValidationException(
        violations.stream().map(v -> v.withPathPrefix(prefix)).collect(ImmutableList.toImmutableList()));
  }
}
