package io.github.cpvmodel.testkit.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The entry point of the property runner: a property is checked on many generated values, and a failure is
 * reported with a shrunk counterexample and the seed that replays it. It depends on no test framework: a failed
 * property throws {@link AssertionError}, which every framework reports as a failure.
 *
 * <pre>{@code
 * Property.forAll(VocabularyGenerators.validities()).check(v -> Validity.parse(v.toString()).equals(v));
 * Property.forAll(Gen.ints(1, 3999), Gen.ints(1, 3999))
 *     .check((a, b) -> Integer.signum(RomanNumeral.of(a).compareTo(RomanNumeral.of(b))) == Integer.compare(a, b));
 * Property.rejects(VocabularyMutations.all());
 * }</pre>
 *
 * <p><b>Tries.</b> 100 values per property, or the number in the system property {@code cpvmodel.testkit.tries}
 * (raise it for a longer run), or the number given to {@code withTries}.
 *
 * <p><b>Seeds.</b> A run draws from one seed, fresh unless the system property {@code cpvmodel.testkit.seed} or
 * {@code withSeed} fixes it. The same seed replays the same values and the same shrunk counterexample, so the
 * seed in a failure report is all it takes to reproduce it.
 *
 * <p><b>Shrinking.</b> The runner records every draw a generator makes from its random source and shrinks the
 * recorded sequence of draws (deleting, zeroing and lowering draws) while the property keeps failing. Bounded
 * draws shrink toward their origin, so {@link Gen#ints} shrinks toward its minimum, {@link Gen#listOf} toward
 * shorter lists and {@link Gen#elements} toward the first element; because only draws are shrunk, this works
 * through {@link Gen#map}, {@link Gen#flatMap} and {@link Gen#filter} with no shrinker per type. Shrinking stops
 * after 10,000 replays unless {@code withShrinkLimit} says otherwise.
 */
public final class Property {
  private Property() {}

  /**
   * A property over values of one generator.
   *
   * @param gen the generator
   * @param <A> the type of the values
   * @return the property, to be checked with {@link ForAll#check} or {@link ForAll#checkAssert}
   */
  public static <A> ForAll<A> forAll(Gen<A> gen) {
    return new ForAll<>(gen, Settings.DEFAULT);
  }

  /**
   * A property over pairs of values of two generators.
   *
   * @param first the generator of the first argument
   * @param second the generator of the second argument
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @return the property, to be checked with {@link ForAll2#check} or {@link ForAll2#checkAssert}
   */
  public static <A, B> ForAll2<A, B> forAll(Gen<A> first, Gen<B> second) {
    return new ForAll2<>(first, second, Settings.DEFAULT);
  }

  /**
   * A property over triples of values of three generators.
   *
   * @param first the generator of the first argument
   * @param second the generator of the second argument
   * @param third the generator of the third argument
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @param <C> the type of the third argument
   * @return the property, to be checked with {@link ForAll3#check} or {@link ForAll3#checkAssert}
   */
  public static <A, B, C> ForAll3<A, B, C> forAll(Gen<A> first, Gen<B> second, Gen<C> third) {
    return new ForAll3<>(first, second, third, Settings.DEFAULT);
  }

  /**
   * Checks that every attempt of {@code mutation} is rejected for the mutation's rule (see
   * {@link Mutation#assertRejects}), with the default tries and seed. For other settings write
   * {@code forAll(mutation.attempts()).withTries(n).checkAssert(mutation::assertRejects)}.
   *
   * @param mutation the mutation
   * @throws AssertionError if some attempt is accepted, or rejected for another rule or with another exception
   */
  public static void rejects(Mutation mutation) {
    requireNonNull(mutation, "mutation");
    forAll(mutation.attempts()).checkAssert(mutation::assertRejects);
  }

  /**
   * Checks {@link #rejects(Mutation)} for each mutation, and reports every failing mutation rather than the first.
   *
   * @param mutations the mutations
   * @throws AssertionError naming each mutation whose attempts are not all rejected for its rule
   */
  public static void rejects(Collection<Mutation> mutations) {
    requireNonNull(mutations, "mutations");
    List<AssertionError> failures = new ArrayList<>();
    for (Mutation mutation : mutations) {
      try {
        rejects(mutation);
      } catch (AssertionError e) {
        failures.add(new AssertionError("mutation of rule " + mutation.rule() + ": " + e.getMessage(), e.getCause()));
      }
    }
    if (!failures.isEmpty()) {
      StringBuilder report = new StringBuilder().append(failures.size()).append(" of ").append(mutations.size())
          .append(" mutations are not rejected for their rule:");
      failures.forEach(failure -> report.append("\n- ").append(failure.getMessage()));
      AssertionError summary = new AssertionError(report.toString());
      failures.forEach(summary::addSuppressed);
      throw summary;
    }
  }
}
