package io.github.cpvmodel.testkit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * A property over two generated arguments, ready to be checked; made by {@link Property#forAll(Gen, Gen)}. The
 * arguments are drawn one after the other and shrunk together.
 *
 * <pre>{@code
 * Property.forAll(validities, validities).check((a, b) -> a.overlaps(b) == b.overlaps(a));
 * }</pre>
 *
 * <p>Instances are immutable: each {@code with…} method returns a copy.
 *
 * @param <A> the type of the first argument
 * @param <B> the type of the second argument
 */
public final class ForAll2<A, B> {
  private final Gen<A> first;
  private final Gen<B> second;
  private final Settings settings;

  ForAll2(Gen<A> first, Gen<B> second, Settings settings) {
    this.first = requireNonNull(first, "first");
    this.second = requireNonNull(second, "second");
    this.settings = settings;
  }

  private record Arguments<A, B>(A a, B b) {}

  /**
   * This property checked on {@code tries} pairs instead of the default (the system property
   * {@code cpvmodel.testkit.tries}, else 100).
   *
   * @param tries the number of pairs, positive
   * @return a copy with that number of tries
   * @throws IllegalArgumentException if {@code tries} is not positive
   */
  public ForAll2<A, B> withTries(int tries) {
    return new ForAll2<>(first, second, settings.withTries(tries));
  }

  /**
   * This property checked from a fixed seed, for example the one a failure report printed.
   *
   * @param seed the seed
   * @return a copy with that seed
   */
  public ForAll2<A, B> withSeed(long seed) {
    return new ForAll2<>(first, second, settings.withSeed(seed));
  }

  /**
   * This property with at most {@code replays} replays spent on shrinking a counterexample (default 10,000).
   *
   * @param replays the most replays, 0 for no shrinking
   * @return a copy with that limit
   * @throws IllegalArgumentException if {@code replays} is negative
   */
  public ForAll2<A, B> withShrinkLimit(int replays) {
    return new ForAll2<>(first, second, settings.withShrinkLimit(replays));
  }

  /**
   * Checks that {@code property} returns {@code true} (and does not throw) for every generated pair.
   *
   * @param property the property
   * @throws AssertionError reporting the shrunk and the original counterexample, the seed and how to replay it,
   *     if the property returns {@code false} or throws for some pair
   */
  public void check(BiPredicate<? super A, ? super B> property) {
    requireNonNull(property, "property");
    checkAssert((a, b) -> {
      if (!property.test(a, b)) {
        throw new Runner.Falsified();
      }
    });
  }

  /**
   * Checks that {@code property} does not throw for any generated pair: the form for assertion libraries.
   *
   * @param property the property, which fails by throwing
   * @throws AssertionError reporting the shrunk and the original counterexample, the seed and how to replay it,
   *     if the property throws for some pair
   */
  public void checkAssert(BiConsumer<? super A, ? super B> property) {
    requireNonNull(property, "property");
    Gen<Arguments<A, B>> both = random -> new Arguments<>(first.generate(random), second.generate(random));
    Runner.check(settings, both, args -> List.of(args.a(), args.b()), args -> property.accept(args.a(), args.b()));
  }
}
