package io.github.cpvmodel.testkit.property;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * One try at building a value from given input, described for failure reports: what a {@link Mutation}
 * generates.
 *
 * @param description the input, in words or as text ("Validity.closed(2020-01-02, 2020-01-01)")
 * @param build the code that builds the value; it is expected to throw
 */
public record Attempt(String description, Supplier<?> build) {
  /**
   * Checks the parts.
   *
   * @param description the input, in words or as text
   * @param build the code that builds the value
   */
  public Attempt {
    requireNonNull(description, "description");
    requireNonNull(build, "build");
  }

  /**
   * An attempt.
   *
   * @param description the input, in words or as text
   * @param build the code that builds the value
   * @return the attempt
   */
  public static Attempt of(String description, Supplier<?> build) {
    return new Attempt(description, build);
  }

  /**
   * Runs the attempt.
   *
   * @return what the code built, if it did not throw
   */
  public Object run() {
    return build.get();
  }

  /** Returns the description. */
  @Override
  public String toString() {
    return description;
  }
}
