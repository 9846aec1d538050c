package io.github.cpvmodel.testkit.property;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * Shrinks a counterexample by shrinking the sequence of {@link Choices choices} that generated it, and keeps a
 * shorter or smaller sequence whenever its replay still makes the property fail.
 *
 * <p>Each pass tries a family of simpler sequences: deleting blocks of choices, zeroing blocks, lowering each
 * choice as far as it will go (zero, then a binary search, then one less), deleting a block while lowering an
 * earlier choice by one (a list element together with the list's size), and moving value from an earlier choice
 * to a later one (so that the total of a list can sit in one element). A candidate is kept only if the choices
 * its replay actually read are simpler than the current ones — fewer, or as many and smaller at the first
 * difference — so shrinking always ends, and it ends sooner when the number of replays reaches the limit.
 *
 * @param <T> the type of the generated values
 */
final class Shrinker<T> {
  private static final int[] BLOCK_SIZES = {8, 4, 2, 1};
  private static final int REDISTRIBUTION_DISTANCE = 8;

  private final Gen<T> gen;
  private final Function<? super T, Optional<Throwable>> property;
  private final int limit;

  private Example<T> current;
  private int steps;
  private int replays;

  /**
   * A counterexample with the choices that generated it and how the property failed on it.
   *
   * @param choices the choices, as the generator read them
   * @param value the generated value
   * @param failure what the property threw
   * @param <T> the type of the value
   */
  record Example<T>(long[] choices, T value, Throwable failure) {}

  /**
   * What shrinking achieved.
   *
   * @param example the simplest counterexample found
   * @param steps how many times a simpler counterexample was found
   * @param replays how many candidates were replayed
   * @param exhausted whether shrinking stopped at the limit rather than when no pass found anything simpler
   * @param <T> the type of the value
   */
  record Result<T>(Example<T> example, int steps, int replays, boolean exhausted) {}

  Shrinker(Gen<T> gen, Function<? super T, Optional<Throwable>> property, int limit) {
    this.gen = gen;
    this.property = property;
    this.limit = limit;
  }

  Result<T> shrink(Example<T> start) {
    current = start;
    boolean progress = true;
    while (progress && !exhausted()) {
      progress = deleteBlocks();
      progress |= zeroBlocks();
      progress |= lowerEach();
      if (!progress) {
        progress = deleteBlocksLoweringEarlier() || redistribute();
      }
    }
    return new Result<>(current, steps, replays, exhausted());
  }

  private boolean exhausted() {
    return replays >= limit;
  }

  private boolean deleteBlocks() {
    boolean progress = false;
    for (int k : BLOCK_SIZES) {
      for (int i = 0; i + k <= current.choices().length && !exhausted(); ) {
        if (accept(without(current.choices(), i, k))) {
          progress = true;
        } else {
          i++;
        }
      }
    }
    return progress;
  }

  private boolean zeroBlocks() {
    boolean progress = false;
    for (int k : BLOCK_SIZES) {
      for (int i = 0; i + k <= current.choices().length && !exhausted(); i++) {
        long[] candidate = current.choices().clone();
        boolean allZero = true;
        for (int j = i; j < i + k; j++) {
          allZero &= candidate[j] == 0;
          candidate[j] = 0;
        }
        progress |= !allZero && accept(candidate);
      }
    }
    return progress;
  }

  private boolean lowerEach() {
    boolean progress = false;
    for (int i = 0; i < current.choices().length && !exhausted(); i++) {
      progress |= lower(i);
    }
    return progress;
  }

  /** Lowers the choice at {@code i} toward zero: straight to zero, else by bisection, else by one. */
  private boolean lower(int i) {
    long value = current.choices()[i];
    if (value == 0) {
      return false;
    }
    if (accept(with(current.choices(), i, 0))) {
      return true;
    }
    boolean progress = value < 0 && value != Long.MIN_VALUE && accept(with(current.choices(), i, -value));
    // Bisect the magnitude, keeping the sign: magnitude lo is known not to fail, the current choice fails.
    long lo = 0;
    while (i < current.choices().length && !exhausted()) {
      long now = current.choices()[i];
      long hi = now == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(now);
      if (hi - lo <= 1) {
        break;
      }
      long mid = lo + (hi - lo) / 2;
      if (accept(with(current.choices(), i, Long.signum(now) * mid))) {
        progress = true;
      } else {
        lo = mid;
      }
    }
    // Bisection assumes that failing is monotonic in the choice; one step down catches the odd exception.
    if (i < current.choices().length && current.choices()[i] != 0) {
      long now = current.choices()[i];
      progress |= accept(with(current.choices(), i, now - Long.signum(now)));
    }
    return progress;
  }

  /** Deletes a block after lowering an earlier choice by one: how a list loses an element other than its last. */
  private boolean deleteBlocksLoweringEarlier() {
    boolean progress = false;
    for (int k : BLOCK_SIZES) {
      for (int i = 1; i + k <= current.choices().length && !exhausted(); i++) {
        for (int j = i - 1; j >= 0 && !exhausted(); j--) {
          long earlier = current.choices()[j];
          if (earlier > 0 && accept(with(without(current.choices(), i, k), j, earlier - 1))) {
            progress = true;
            break;
          }
        }
      }
    }
    return progress;
  }

  /** Moves value from a choice to a nearby later one, so that, for instance, a sum can sit in one element. */
  private boolean redistribute() {
    boolean progress = false;
    for (int i = 0; i < current.choices().length && !exhausted(); i++) {
      for (int j = i + 1; j <= i + REDISTRIBUTION_DISTANCE && j < current.choices().length && !exhausted(); j++) {
        long a = current.choices()[i];
        long b = current.choices()[j];
        if (a <= 0 || b < 0 || b > Long.MAX_VALUE - a) {
          continue;
        }
        long[] candidate = current.choices().clone();
        candidate[i] = 0;
        candidate[j] = a + b;
        progress |= accept(candidate);
      }
    }
    return progress;
  }

  /** Replays {@code candidate}; keeps it if the property still fails and what was read is simpler. */
  private boolean accept(long[] candidate) {
    if (exhausted()) {
      return false;
    }
    replays++;
    Choices choices = Choices.replaying(candidate);
    T value;
    try {
      value = gen.generate(choices);
    } catch (RuntimeException e) {
      // The candidate drove the generator somewhere it cannot go (a filter that never passes, an overrun): the
      // candidate is simply not a counterexample.
      return false;
    }
    long[] read = choices.choices();
    if (!simpler(read, current.choices())) {
      return false;
    }
    Optional<Throwable> failure = property.apply(value);
    if (failure.isEmpty()) {
      return false;
    }
    current = new Example<>(read, value, failure.get());
    steps++;
    return true;
  }

  /** Fewer choices, or as many and a smaller one (by magnitude, positive first) at the first difference. */
  static boolean simpler(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        // Math.abs(Long.MIN_VALUE) is itself, which read as unsigned is the right magnitude, 2^63.
        int byMagnitude = Long.compareUnsigned(Math.abs(a[i]), Math.abs(b[i]));
        return byMagnitude != 0 ? byMagnitude < 0 : a[i] > b[i];
      }
    }
    return false;
  }

  private static long[] without(long[] choices, int from, int count) {
    long[] result = new long[choices.length - count];
    System.arraycopy(choices, 0, result, 0, from);
    System.arraycopy(choices, from + count, result, from, choices.length - from - count);
    return result;
  }

  private static long[] with(long[] choices, int index, long value) {
    long[] result = Arrays.copyOf(choices, choices.length);
    result[index] = value;
    return result;
  }
}
