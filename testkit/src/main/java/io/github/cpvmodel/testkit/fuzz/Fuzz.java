package io.github.cpvmodel.testkit.fuzz;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.testkit.property.Show;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Feeds hostile inputs to entry points that read text and checks that each answers well: with a value whose text
 * reads back as an equal value, or with a {@link ValidationException} carrying a rule; never with another
 * throwable, and never in more time than {@link #boundNanos} allows for the input's length.
 *
 * <pre>{@code
 * FuzzTarget<Validity> validity = FuzzTarget.of("Validity.parse",
 *     HostileText.from(VocabularyGenerators.validities().map(Validity::toString)),
 *     Validity::parse, v -> Validity.parse(v.toString()));
 * FuzzReport report = Fuzz.run(List.of(validity), 1_000);
 * report.inputs(); // 1000, or the number in -Dcpvmodel.fuzz.inputs
 * }</pre>
 *
 * <p><b>Inputs and seeds.</b> Input {@code i} is drawn by the target {@code i mod n} from the {@code i}-th split
 * of a {@link SplittableRandom} seeded with the run's seed, so a seed replays every input and {@link #input}
 * recreates any one of them. The number of inputs and the seed come from the system properties
 * {@value #INPUTS_PROPERTY} and {@value #SEED_PROPERTY} when they are set, which is how a long run is asked for.
 *
 * <p><b>Time.</b> Each input is timed alone. One that takes longer than its bound is run twice more and fails only
 * if its fastest run is still too slow, so that a pause of the garbage collector or of a loaded machine does not
 * fail the run; the bound is generous ({@value #BASE_MILLIS} ms plus {@value #MICROS_PER_CHAR} µs per char) because
 * it is there to catch time that grows faster than the input, which overshoots any constant quickly.
 */
public final class Fuzz {
  /** The system property that sets the number of inputs of a run. */
  public static final String INPUTS_PROPERTY = "cpvmodel.fuzz.inputs";

  /** The system property that fixes the seed of a run. */
  public static final String SEED_PROPERTY = "cpvmodel.fuzz.seed";

  /** The time any input may take, whatever its length. */
  public static final int BASE_MILLIS = 250;

  /** The time each char of an input adds to its bound. */
  public static final int MICROS_PER_CHAR = 4;

  private Fuzz() {}

  /**
   * The most time an input of {@code length} chars may take.
   *
   * @param length the length of the input
   * @return the bound in nanoseconds: {@value #BASE_MILLIS} ms plus {@value #MICROS_PER_CHAR} µs per char
   */
  public static long boundNanos(int length) {
    return BASE_MILLIS * 1_000_000L + MICROS_PER_CHAR * 1_000L * length;
  }

  /**
   * Runs the targets on {@code inputs} inputs in turn (or the number in {@value #INPUTS_PROPERTY}), from the seed
   * in {@value #SEED_PROPERTY} or a fresh one.
   *
   * @param targets the entry points, at least one
   * @param inputs how many inputs to run unless the system property says otherwise
   * @return the figures of the run
   * @throws AssertionError on the first input answered badly, naming the target, the seed, the input's number and
   *     the input
   */
  public static FuzzReport run(List<? extends FuzzTarget<?>> targets, long inputs) {
    long count = property(INPUTS_PROPERTY, inputs);
    long seed = property(SEED_PROPERTY, ThreadLocalRandom.current().nextLong());
    return run(targets, count, seed);
  }

  /**
   * Runs the targets on {@code inputs} inputs from a fixed seed.
   *
   * @param targets the entry points, at least one
   * @param inputs how many inputs to run
   * @param seed the seed
   * @return the figures of the run
   * @throws AssertionError on the first input answered badly, naming the target, the seed, the input's number and
   *     the input
   */
  public static FuzzReport run(List<? extends FuzzTarget<?>> targets, long inputs, long seed) {
    ImmutableList<FuzzTarget<?>> all = ImmutableList.copyOf(requireNonNull(targets, "targets"));
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no targets to fuzz");
    }
    FuzzReport.Tally tally = new FuzzReport.Tally(all, seed);
    SplittableRandom seeds = new SplittableRandom(seed);
    for (long i = 0; i < inputs; i++) {
      FuzzTarget<?> target = all.get((int) (i % all.size()));
      String input = target.inputs().generate(seeds.split());
      long nanos = timed(target, input, seed, i, tally);
      if (nanos > boundNanos(input.length())) {
        nanos = Math.min(nanos, Math.min(timed(target, input, seed, i, null), timed(target, input, seed, i, null)));
        if (nanos > boundNanos(input.length())) {
          throw failure(target, seed, i, input, String.format("it took %d ms, more than the %d ms bound of %d chars",
              nanos / 1_000_000, boundNanos(input.length()) / 1_000_000, input.length()), null);
        }
      }
      tally.time(target, input, nanos);
    }
    return tally.report();
  }

  /**
   * Recreates input number {@code index} of a run, to replay it alone.
   *
   * @param targets the entry points of the run, in the same order
   * @param seed the seed of the run
   * @param index the number of the input, from 0
   * @return the input
   */
  public static String input(List<? extends FuzzTarget<?>> targets, long seed, long index) {
    SplittableRandom seeds = new SplittableRandom(seed);
    for (long i = 0; i < index; i++) {
      seeds.split();
    }
    return targets.get((int) (index % targets.size())).inputs().generate(seeds.split());
  }

  /** Runs one input and checks its answer; returns the time it took. Counts the outcome when {@code tally} is set. */
  private static <T> long timed(FuzzTarget<T> target, String input, long seed, long index, FuzzReport.Tally tally) {
    long start = System.nanoTime();
    T value;
    try {
      value = target.entry().apply(input);
    } catch (ValidationException e) {
      long nanos = System.nanoTime() - start;
      if (e.violations().isEmpty()) {
        throw failure(target, seed, index, input, "it was rejected with no rule", e);
      }
      if (tally != null) {
        tally.rejected(target, e.violations().get(0).rule().code());
      }
      return nanos;
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      throw failure(target, seed, index, input, "it threw " + e, e);
    }
    if (value == null) {
      throw failure(target, seed, index, input, "it answered null", null);
    }
    T back;
    try {
      back = target.readBack().apply(value);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      throw failure(target, seed, index, input, "its value " + Show.value(String.valueOf(value))
          + " does not read back: " + e, e);
    }
    long nanos = System.nanoTime() - start;
    if (!value.equals(back)) {
      throw failure(target, seed, index, input, "its value " + Show.value(String.valueOf(value))
          + " reads back as another value, " + Show.value(String.valueOf(back)), null);
    }
    if (tally != null) {
      tally.accepted(target);
    }
    return nanos;
  }

  private static AssertionError failure(FuzzTarget<?> target, long seed, long index, String input, String what,
      Throwable cause) {
    return new AssertionError(String.format("%s answered input #%d of seed %d badly: %s%nInput (%d chars): %s%n"
        + "Replay with -D%s=%d -D%s=%d, or Fuzz.input(targets, %dL, %d)", target.name(), index, seed, what,
        input.length(), FuzzReport.show(input), SEED_PROPERTY, seed, INPUTS_PROPERTY, index + 1, seed, index), cause);
  }

  private static long property(String name, long otherwise) {
    String text = System.getProperty(name);
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property " + name + "='" + text + "' is not a whole number", e);
    }
  }
}
