package io.github.cpvmodel.testkit.property;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A property over one generated argument, ready to be checked; made by {@link Property#forAll(Gen)}.
 *
 * <pre>{@code
 * Property.forAll(Gen.ints(1, 3999)).check(n -> RomanNumeral.parse(RomanNumeral.of(n).toString()).value() == n);
 * Property.forAll(TextGenerators.placeNames()).withTries(500).check(name -> !Id.slug(name).value().isEmpty());
 * }</pre>
 *
 * @param <A> the type of the argument
 */
public final class ForAll<A> extends Checkable<A, ForAll<A>> {
  ForAll(Gen<A> gen, Settings settings) {
    super(gen, List::of, settings);
  }

  @Override
  ForAll<A> with(Settings settings) {
    return new ForAll<>(gen(), settings);
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
    run(a -> holds(property.test(a)));
  }

  /**
   * Checks that {@code property} does not throw for any generated value: the form for assertion libraries.
   *
   * @param property the property, which fails by throwing (an {@link AssertionError} or any exception)
   * @throws AssertionError reporting the shrunk and the original counterexample, the seed and how to replay it,
   *     if the property throws for some value
   */
  public void checkAssert(Consumer<? super A> property) {
    run(property);
  }
}
