package io.github.cpvmodel.testkit.property;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Violation;
import java.util.stream.Collectors;

/**
 * A generator of attempts to build a value that breaks exactly one validation {@link Rule}, and names it.
 *
 * <p>Invalid values cannot exist (construction rejects them), so a mutation generates {@link Attempt attempts}:
 * each, when run, tries to build a value from otherwise valid parts with one rule broken, and must be rejected
 * with an {@link io.github.cpvmodel.ValidationException} that reports this mutation's rule.
 *
 * <pre>{@code
 * Mutation endBeforeStart = Mutation.of(Validity.ORDER, VocabularyGenerators.dates().map(start ->
 *     Attempt.of("end the day before " + start, () -> Validity.closed(start, start.minusDays(1)))));
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
   * Runs {@code attempt} and checks that it is rejected for this mutation's rule alone: that it throws a
   * {@link ValidationException} whose violations are all of {@link #rule()}. An attempt that also breaks another
   * rule proves nothing about this one, so it fails too.
   *
   * @param attempt the attempt, usually one of {@link #attempts()}
   * @throws AssertionError saying what happened instead: the value was built, it was rejected for other rules or
   *     for other rules as well (naming them and quoting the message), or another exception was thrown (as the
   *     cause)
   */
  public void assertRejects(Attempt attempt) {
    Object built;
    try {
      built = attempt.run();
    } catch (ValidationException e) {
      boolean named = e.violations().stream().anyMatch(v -> v.rule().equals(rule));
      String others = e.violations().stream().map(Violation::rule).filter(r -> !r.equals(rule)).map(Rule::code)
          .distinct().collect(Collectors.joining(", "));
      if (!others.isEmpty()) {
        throw new AssertionError("expected " + attempt + " to break rule " + rule + (named ? " alone" : "")
            + ", but it broke " + others + (named ? " as well: " : " instead: ") + e.getMessage(), e);
      }
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("expected " + attempt + " to break rule " + rule
          + " with a ValidationException, but it threw " + e, e);
    }
    throw new AssertionError("expected " + attempt + " to break rule " + rule + ", but it was accepted and built "
        + Show.value(built));
  }
}
