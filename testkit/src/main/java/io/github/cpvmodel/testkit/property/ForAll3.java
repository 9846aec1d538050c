package io.github.cpvmodel.testkit.property;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A property over three generated arguments, ready to be checked; made by {@link Property#forAll(Gen, Gen, Gen)}.
 *
 * <pre>{@code
 * Gen<Validity> validities = VocabularyGenerators.validities();
 * Property.forAll(validities, validities, validities)
 *     .check((a, b, c) -> !(a.precedes(b) && b.precedes(c)) || a.precedes(c));
 * }</pre>
 *
 * @param <A> the type of the first argument
 * @param <B> the type of the second argument
 * @param <C> the type of the third argument
 */
public final class ForAll3<A, B, C> extends Checkable<ForAll3.Triple<A, B, C>, ForAll3<A, B, C>> {
  /** The three arguments as one generated value. */
  record Triple<A, B, C>(A a, B b, C c) {}

  private ForAll3(Gen<Triple<A, B, C>> triples, Settings settings) {
    super(triples, triple -> List.of(triple.a(), triple.b(), triple.c()), settings);
  }

  ForAll3(Gen<A> first, Gen<B> second, Gen<C> third, Settings settings) {
    this(all(requireNonNull(first, "first"), requireNonNull(second, "second"), requireNonNull(third, "third")),
        settings);
  }

  private static <A, B, C> Gen<Triple<A, B, C>> all(Gen<A> first, Gen<B> second, Gen<C> third) {
    return random -> new Triple<>(first.generate(random), second.generate(random), third.generate(random));
  }

  @Override
  ForAll3<A, B, C> with(Settings settings) {
    return new ForAll3<>(gen(), settings);
  }

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
   * Checks that {@code property} returns {@code true} (and does not throw) for every generated triple.
   *
   * @param property the property
   * @throws AssertionError reporting the shrunk and the original counterexample, the seed and how to replay it,
   *     if the property returns {@code false} or throws for some triple
   */
  public void check(TriPredicate<? super A, ? super B, ? super C> property) {
    requireNonNull(property, "property");
    checkAssert((a, b, c) -> holds(property.test(a, b, c)));
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
    run(triple -> property.accept(triple.a(), triple.b(), triple.c()));
  }
}
