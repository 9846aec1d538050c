package io.github.cpvmodel.testkit;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A property over three generated arguments, ready to be checked; made by {@link Property#forAll(Gen, Gen, Gen)}.
 * The arguments are drawn one after the other and shrunk together.
 *
 * <pre>{@code
 * Property.forAll(validities, validities, validities)
 *     .check((a, b, c) -> !(a.precedes(b) && b.precedes(c)) || a.precedes(c));
 * }</pre>
 *
 * <p>Instances are immutable: each {@code with…} method returns a copy.
 *
 * @param <A> the type of the first argument
 * @param <B> the type of the second argument
 * @param <C> the type of the third argument
 */
public final class ForAll3<A, B, C> {
  private final Gen<A> first;
  private final Gen<B> second;
  private final Gen<C> third;
  private final Settings settings;

  ForAll3(Gen<A> first, Gen<B> second, Gen<C> third, Settings settings) {
    this.first = requireNonNull(first, "first");
    this.second = requireNonNull(second, "second");
    this.third = requireNonNull(third, "third");
    this.settings = settings;
  }

  private record Arguments<A, B, C>(A a, B b, C c) {}

  /**
   * A condition on three arguments.
   *
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @param <C> the type of the third argument
   */
  @FunctionalInterface
  public interface TriPredicate<A, B, C> {
    /**
     * Evaluates the condition.
     *
     * @param a the first argument
     * @param b the second argument
     * @param c the third argument
     * @return whether the condition holds
     */
    boolean test(A a, B b, C c);
  }

  /**
   * An action on three arguments that fails by throwing.
   *
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @param <C> the type of the third argument
   */
  @FunctionalInterface
  public interface TriConsumer<A, B, C> {
    /**
     * Performs the action.
     *
     * @param a the first argument
     * @param b the second argument
     * @param c the third argument
     */
    void accept(A a, B b, C c);
  }

  /**
   * This property checked on {@code tries} triples instead of the default (the system property
   * {@code cpvmodel.testkit.tries}, else 100).
   *
   * @param tries the number of triples, positive
   * @return a copy with that number of tries
   * @throws IllegalArgumentException if {@code tries} is not positive
   */
  public ForAll3<A, B, C> withTries(int tries) {
    return new ForAll3<>(first, second, third, settings.withTries(tries));
  }

  /**
   * This property checked from a fixed seed, for example the one a failure report printed.
   *
   * @param seed the seed
   * @return a copy with that seed
   */
  public ForAll3<A, B, C> withSeed(long seed) {
    return new ForAll3<>(first, second, third, settings.withSeed(seed));
  }

  /**
   * This property with at most {@code replays} replays spent on shrinking a counterexample (default 10,000).
   *
   * @param replays the most replays, 0 for no shrinking
   * @return a copy with that limit
   * @throws IllegalArgumentException if {@code replays} is negative
   */
  public ForAll3<A, B, C> withShrinkLimit(int replays) {
    return new ForAll3<>(first, second, third, settings.withShrinkLimit(replays));
  }

  /**
   * Checks that {@code property} returns {@code true} (and does not throw) for every generated triple.
   *
   * @param property the property
   * @throws AssertionError reporting the shrunk and the original counterexample, the seed and how to replay it,
   *     if the property returns {@code false} or throws for some triple
   */
  public void check(TriPredicate<? super A, ? super B, ? super C> property) {
    requireNonNull(property, "property");
    checkAssert((a, b, c) -> {
      if (!property.test(a, b, c)) {
        throw new Runner.Falsified();
      }
    });
  }

  /**
   * Checks that {@code property} does not throw for any generated triple: the form for assertion libraries.
   *
   * @param property the property, which fails by throwing
   * @throws AssertionError reporting the shrunk and the original counterexample, the seed and how to replay it,
   *     if the property throws for some triple
   */
  public void checkAssert(TriConsumer<? super A, ? super B, ? super C> property) {
    requireNonNull(property, "property");
    Gen<Arguments<A, B, C>> all = random ->
        new Arguments<>(first.generate(random), second.generate(random), third.generate(random));
    Runner.check(settings, all, args -> List.of(args.a(), args.b(), args.c()),
        args -> property.accept(args.a(), args.b(), args.c()));
  }
}
