package io.github.cpvmodel.testkit;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.Rule;

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
}
