package io.github.cpvmodel.testkit.property;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What {@link ForAll}, {@link ForAll2} and {@link ForAll3} share: a generator of all the arguments as one value,
 * how a report lists them, and how the check runs. The arguments are drawn one after the other from the same
 * random source, so they shrink together and each shrinks as its own generator does.
 *
 * <p>Instances are immutable: each {@code with…} method returns a copy.
 *
 * @param <T> the type of the generated value that holds the arguments
 * @param <S> the type of this property, which each {@code with…} method returns
 */
public abstract sealed class Checkable<T, S extends Checkable<T, S>> permits ForAll, ForAll2, ForAll3 {
  private final Gen<T> gen;
  private final Function<? super T, List<?>> arguments;
  private final Settings settings;

  Checkable(Gen<T> gen, Function<? super T, List<?>> arguments, Settings settings) {
    this.gen = requireNonNull(gen, "gen");
    this.arguments = arguments;
    this.settings = settings;
  }

  /** A copy of this property with other settings. */
  abstract S with(Settings settings);

  final Gen<T> gen() {
    return gen;
  }

  final Settings settings() {
    return settings;
  }

  /**
   * This property checked on {@code tries} values instead of the default (the system property
   * {@code cpvmodel.testkit.tries}, else 100).
   *
   * @param tries the number of values, positive
   * @return a copy with that number of tries
   * @throws IllegalArgumentException if {@code tries} is not positive
   */
  public final S withTries(int tries) {
    return with(settings.withTries(tries));
  }

  /**
   * This property checked from a fixed seed, for example the one a failure report printed, instead of the
   * system property {@code cpvmodel.testkit.seed} or a fresh seed.
   *
   * @param seed the seed
   * @return a copy with that seed
   */
  public final S withSeed(long seed) {
    return with(settings.withSeed(seed));
  }

  /**
   * This property with at most {@code replays} replays spent on shrinking a counterexample (default 10,000).
   *
   * @param replays the most replays, 0 for no shrinking
   * @return a copy with that limit
   * @throws IllegalArgumentException if {@code replays} is negative
   */
  public final S withShrinkLimit(int replays) {
    return with(settings.withShrinkLimit(replays));
  }

  /** Runs {@code property}, which fails by throwing, on the generated values. */
  final void run(Consumer<? super T> property) {
    requireNonNull(property, "property");
    Runner.check(settings, gen, arguments, property);
  }

  /** Throws the failure of a property that returned {@code false}. */
  static void holds(boolean verdict) {
    if (!verdict) {
      throw new Runner.Falsified();
    }
  }
}
