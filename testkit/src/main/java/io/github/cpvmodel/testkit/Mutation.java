package io.github.cpvmodel.testkit;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import java.util.stream.Collectors;

/**
 * A generator of attempts to build a value that breaks exactly one validation {@link Rule}, and names it.
 *
 * <p>Invalid values cannot exist (construction rejects them), so a mutation generates {@link Attempt attempts}:
 * each, when run, tries to build a value from otherwise valid parts with one rule broken, and must be rejected
 * with an {@link io.github.cpvmodel.ValidationException} that reports this mutation's rule.
 *
 * <pre>{@code
 * Mutation endBeforeStart = Mutation.of(Validity.ORDER, Gen.dates(min, max).map(start ->
 *     Attempt.of("end the day before " + start, () -> Validity.between(start, start.minusDays(1)))));
 * }</pre>
 *
 * @param rule the rule that every attempt breaks
 * @param attempts the generator of attempts
 */
public record Mutation(Rule rule, Gen<Attempt> attempts) {
  /**
   * Checks the parts.
   *
   * @param rule the rule that every attempt breaks
   * @param attempts the generator of attempts
   */
  public Mutation {
    requireNonNull(rule, "rule");
    requireNonNull(attempts, "attempts");
  }

  /**
   * A mutation.
   *
   * @param rule the rule that every attempt breaks
   * @param attempts the generator of attempts
   * @return the mutation
   */
  public static Mutation of(Rule rule, Gen<Attempt> attempts) {
    return new Mutation(rule, attempts);
  }

  /** Returns {@code mutation breaking <rule code>}, for test names and reports. */
  @Override
  public String toString() {
    return "mutation breaking " + rule.code();
  }

  /**
   * Runs {@code attempt} and checks that it is rejected for this mutation's rule: that it throws a
   * {@link ValidationException} among whose violations is one of {@link #rule()}.
   *
   * @param attempt the attempt, usually one of {@link #attempts()}
   * @throws AssertionError saying what happened instead: the value was built, it was rejected for other rules
   *     (naming them and quoting the message), or another exception was thrown (as the cause)
   */
  public void assertRejects(Attempt attempt) {
    Object built;
    try {
      built = attempt.run();
    } catch (ValidationException e) {
      boolean named = e.violations().stream().anyMatch(v -> v.rule().equals(rule));
      if (!named) {
        String rules = e.violations().stream().map(v -> v.rule().code()).distinct().collect(Collectors.joining(", "));
        throw new AssertionError("expected " + attempt + " to break rule " + rule + ", but it broke " + rules
            + " instead: " + e.getMessage(), e);
      }
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("expected " + attempt + " to break rule " + rule
          + " with a ValidationException, but it threw " + e, e);
    }
    throw new AssertionError("expected " + attempt + " to break rule " + rule + ", but it was accepted and built "
        + Runner.show(built));
  }
}
