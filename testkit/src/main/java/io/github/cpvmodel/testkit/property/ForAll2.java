package io.github.cpvmodel.testkit.property;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * A property over two generated arguments, ready to be checked; made by {@link Property#forAll(Gen, Gen)}.
 *
 * <pre>{@code
 * Gen<Validity> validities = VocabularyGenerators.validities();
 * Property.forAll(validities, validities).check((a, b) -> a.overlaps(b) == b.overlaps(a));
 * }</pre>
 *
 * @param <A> the type of the first argument
 * @param <B> the type of the second argument
 */
public final class ForAll2<A, B> extends Checkable<ForAll2.Pair<A, B>, ForAll2<A, B>> {
  /** The two arguments as one generated value. */
  record Pair<A, B>(A a, B b) {}

  private ForAll2(Gen<Pair<A, B>> pairs, Settings settings) {
    super(pairs, pair -> List.of(pair.a(), pair.b()), settings);
  }

  ForAll2(Gen<A> first, Gen<B> second, Settings settings) {
    this(both(requireNonNull(first, "first"), requireNonNull(second, "second")), settings);
  }

  private static <A, B> Gen<Pair<A, B>> both(Gen<A> first, Gen<B> second) {
    return random -> new Pair<>(first.generate(random), second.generate(random));
  }

  @Override
  ForAll2<A, B> with(Settings settings) {
    return new ForAll2<>(gen(), settings);
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
    checkAssert((a, b) -> holds(property.test(a, b)));
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
    run(pair -> property.accept(pair.a(), pair.b()));
  }
}
