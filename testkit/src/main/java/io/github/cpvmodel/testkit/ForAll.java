package io.github.cpvmodel.testkit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A property over one generated argument, ready to be checked; made by {@link Property#forAll(Gen)}.
 *
 * <pre>{@code
 * Property.forAll(Gen.ints(1, 3999)).check(n -> RomanNumeral.parse(RomanNumeral.of(n).toString()).value() == n);
 * Property.forAll(names).withTries(500).checkAssert(name -> assertThat(Id.slug(name).value()).isNotEmpty());
 * }</pre>
 *
 * <p>Instances are immutable: each {@code with…} method returns a copy.
 *
 * @param <A> the type of the argument
 */
public final class ForAll<A> {
  private final Gen<A> gen;
  private final Settings settings;

  ForAll(Gen<A> gen, Settings settings) {
    this.gen = requireNonNull(gen, "gen");
    this.settings = settings;
  }

  /**
   * This property checked on {@code tries} values instead of the default (the system property
   * {@code cpvmodel.testkit.tries}, else 100).
   *
   * @param tries the number of values, positive
   * @return a copy with that number of tries
   * @throws IllegalArgumentException if {@code tries} is not positive
   */
  public ForAll<A> withTries(int tries) {
    return new ForAll<>(gen, settings.withTries(tries));
  }

  /**
   * This property checked from a fixed seed, for example the one a failure report printed, instead of the
   * system property {@code cpvmodel.testkit.seed} or a fresh seed.
   *
   * @param seed the seed
   * @return a copy with that seed
   */
  public ForAll<A> withSeed(long seed) {
    return new ForAll<>(gen, settings.withSeed(seed));
  }

  /**
   * This property with at most {@code replays} replays spent on shrinking a counterexample (default 10,000).
   *
   * @param replays the most replays, 0 for no shrinking
   * @return a copy with that limit
   * @throws IllegalArgumentException if {@code replays} is negative
   */
  public ForAll<A> withShrinkLimit(int replays) {
    return new ForAll<>(gen, settings.withShrinkLimit(replays));
  }

  /**
   * Checks that {@code property} returns {@code true} (and does not throw) for every generated value.
   *
   * @param property the property
   * @throws AssertionError reporting the shrunk and the original counterexample, the seed and how to replay it,
   *     if the property returns {@code false} or throws for some value
   */
  public void check(Predicate<? super A> property) {
    requireNonNull(property, "property");
    checkAssert(value -> {
      if (!property.test(value)) {
        throw new Runner.Falsified();
      }
    });
  }

  /**
   * Checks that {@code property} does not throw for any generated value: the form for assertion libraries.
   *
   * @param property the property, which fails by throwing (an {@link AssertionError} or any exception)
   * @throws AssertionError reporting the shrunk and the original counterexample, the seed and how to replay it,
   *     if the property throws for some value
   */
  public void checkAssert(Consumer<? super A> property) {
    requireNonNull(property, "property");
    Runner.check(settings, gen, value -> List.of(value), property);
  }
}
