package io.github.cpvmodel.testkit.property;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of values of type {@code T}, driven by nothing but a {@link RandomGenerator}.
 *
 * <p>Because a generator only draws from the random source it is given, any property-testing engine can drive it
 * (hand it the engine's random source), and our own runner can record, replay and shrink the draws to shrink a
 * counterexample through every {@link #map} and {@link #flatMap}. A generator must draw all its randomness from
 * the argument and hold no mutable state.
 *
 * <pre>{@code
 * Gen<Integer> terms = Gen.ints(1, 14);
 * Gen<String> labels = terms.map(n -> "khóa " + RomanNumeral.of(n));
 * String label = labels.generate(new SplittableRandom(42));
 * }</pre>
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {
  /** How often {@link #filter} draws again before it gives up. */
  int FILTER_ATTEMPTS = 1000;

  /**
   * Draws one value.
   *
   * @param random the source of every random choice
   * @return the value, never null
   */
  T generate(RandomGenerator random);

  /**
   * A generator of {@code f} applied to this one's values.
   *
   * @param f the function
   * @param <R> the type of the results
   * @return the mapped generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    requireNonNull(f, "f");
    return random -> f.apply(generate(random));
  }

  /**
   * A generator that draws a value from this one and then a value from the generator {@code f} makes of it.
   *
   * @param f the function from a value to the next generator
   * @param <R> the type of the results
   * @return the combined generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    requireNonNull(f, "f");
    return random -> f.apply(generate(random)).generate(random);
  }

  /**
   * A generator of this one's values that satisfy {@code predicate}, drawing again up to {@value #FILTER_ATTEMPTS}
   * times.
   *
   * @param predicate the condition
   * @return the filtered generator; it throws {@link IllegalStateException} naming the predicate's description
   *     when no value qualifies after the last attempt (rewrite such a generator to build valid values directly)
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    requireNonNull(predicate, "predicate");
    return random -> {
      for (int attempt = 0; attempt < FILTER_ATTEMPTS; attempt++) {
        T value = generate(random);
        if (predicate.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("filter rejected " + FILTER_ATTEMPTS + " values in a row (predicate "
          + predicate + "): generate valid values directly instead of filtering");
    };
  }

  /**
   * Always the same value.
   *
   * @param value the value
   * @param <T> its type
   * @return the generator
   */
  static <T> Gen<T> constant(T value) {
    requireNonNull(value, "value");
    return random -> value;
  }

  /**
   * Integers in a closed range; shrinks toward {@code min}.
   *
   * @param min the smallest value
   * @param max the largest value, not below {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}
   */
  static Gen<Integer> ints(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("ints(" + min + ", " + max + "): max is below min");
    }
    return random -> (int) (min + random.nextLong((long) max - min + 1));
  }

  /**
   * {@code true} or {@code false}, equally often; shrinks toward {@code false}.
   *
   * @return the generator
   */
  static Gen<Boolean> booleans() {
    return random -> random.nextLong(2) == 1;
  }

  /**
   * One of the given values; shrinks toward the first.
   *
   * @param values the values, at least one
   * @param <T> their type
   * @return the generator
   * @throws IllegalArgumentException if {@code values} is empty
   */
  static <T> Gen<T> elements(List<? extends T> values) {
    ImmutableList<T> copy = ImmutableList.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements(): no values to choose from");
    }
    return random -> copy.get((int) random.nextLong(copy.size()));
  }

  /**
   * One of the given values; shrinks toward the first.
   *
   * @param values the values, at least one
   * @param <T> their type
   * @return the generator
   */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    ImmutableList.Builder<T> list = ImmutableList.builder();
    for (T value : values) {
      list.add(value);
    }
    return elements(list.build());
  }

  /**
   * A value from one of the given generators, each chosen equally often; shrinks toward the first.
   *
   * @param gens the generators, at least one
   * @param <T> the type of the values
   * @return the generator
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    ImmutableList.Builder<Gen<? extends T>> list = ImmutableList.builder();
    for (Gen<? extends T> gen : gens) {
      list.add(gen);
    }
    Gen<Gen<? extends T>> choice = elements(list.build());
    return random -> choice.generate(random).generate(random);
  }

  /**
   * A value from one of the given generators, chosen in proportion to its weight; shrinks toward the first.
   *
   * @param weighted the generators with their weights
   * @param <T> the type of the values
   * @return the generator
   * @throws IllegalArgumentException if there is no generator or a weight is not positive
   */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... weighted) {
    ImmutableList.Builder<Weighted<? extends T>> list = ImmutableList.builder();
    for (Weighted<? extends T> option : weighted) {
      list.add(option);
    }
    ImmutableList<Weighted<? extends T>> options = list.build();
    if (options.isEmpty()) {
      throw new IllegalArgumentException("frequency(): no generators to choose from");
    }
    long total = options.stream().mapToLong(Weighted::weight).sum();
    return random -> {
      long pick = random.nextLong(total);
      for (Weighted<? extends T> option : options) {
        pick -= option.weight();
        if (pick < 0) {
          return option.gen().generate(random);
        }
      }
      throw new AssertionError("weights add up to " + total);
    };
  }

  /**
   * Lists of values of {@code element}, of a size in a closed range; shrinks toward shorter lists of smaller
   * elements.
   *
   * @param element the generator of the elements
   * @param minSize the smallest size, at least 0
   * @param maxSize the largest size, not below {@code minSize}
   * @param <T> the type of the elements
   * @return the generator of immutable lists
   */
  static <T> Gen<ImmutableList<T>> listOf(Gen<? extends T> element, int minSize, int maxSize) {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException(
          "listOf(" + minSize + ", " + maxSize + "): sizes must satisfy 0 <= min <= max");
    }
    Gen<Integer> sizes = ints(minSize, maxSize);
    return random -> {
      int size = sizes.generate(random);
      ImmutableList.Builder<T> list = ImmutableList.builderWithExpectedSize(size);
      for (int i = 0; i < size; i++) {
        list.add(element.generate(random));
      }
      return list.build();
    };
  }

  /**
   * A value of {@code gen} or nothing, each half of the time; shrinks toward nothing.
   *
   * @param gen the generator of the present values
   * @param <T> the type of the values
   * @return the generator
   */
  static <T> Gen<Optional<T>> optionalOf(Gen<? extends T> gen) {
    requireNonNull(gen, "gen");
    return random -> random.nextLong(2) == 1 ? Optional.of(gen.generate(random)) : Optional.empty();
  }

  /**
   * Dates in a closed range; shrinks toward {@code min}.
   *
   * @param min the earliest date
   * @param max the latest date, not before {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max} is before {@code min}
   */
  static Gen<LocalDate> dates(LocalDate min, LocalDate max) {
    if (max.isBefore(min)) {
      throw new IllegalArgumentException("dates(" + min + ", " + max + "): max is before min");
    }
    long first = min.toEpochDay();
    long span = max.toEpochDay() - first + 1;
    return random -> LocalDate.ofEpochDay(first + random.nextLong(span));
  }

  /**
   * A generator with a weight, for {@link #frequency}.
   *
   * @param weight how often, relative to the others, this generator is chosen; positive
   * @param gen the generator
   * @param <T> the type of its values
   */
  record Weighted<T>(int weight, Gen<T> gen) {
    /**
     * Checks the weight.
     *
     * @param weight the weight, positive
     * @param gen the generator
     */
    public Weighted {
      if (weight <= 0) {
        throw new IllegalArgumentException("weight " + weight + " is not positive");
      }
      requireNonNull(gen, "gen");
    }
  }
}
