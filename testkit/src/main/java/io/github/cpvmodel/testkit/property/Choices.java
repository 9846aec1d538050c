package io.github.cpvmodel.testkit.property;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The random source the runner hands to generators: it records every draw as a <em>choice</em> (a long), and can
 * replay a recorded or shrunk sequence of choices instead of drawing afresh.
 *
 * <p>Shrinking works on these choices, not on values, so it needs no shrinker per type and sees through
 * {@link Gen#map}, {@link Gen#flatMap} and {@link Gen#filter}. For that every draw is expressed so that a smaller
 * choice means a simpler value: a bounded draw records its offset from the origin (so {@code Gen.ints} shrinks
 * toward its minimum, list sizes toward the smallest, {@code elements} toward the first), doubles and floats
 * record their mantissa bits (shrinking toward 0.0), unbounded draws record the value itself (shrinking toward 0).
 * A replayed choice too large for the draw that reads it (a shrunk size shifts later draws) is reduced modulo the
 * draw's range, and a replay past the end of its sequence reads 0, the simplest choice.
 *
 * <p>Only {@link #nextLong()} is abstract in {@link RandomGenerator}; the bounded, boolean, int, float and double
 * draws are overridden so they record one simple choice each, and every other default method (streams, bytes,
 * Gaussian and exponential draws) is built by the JDK on the overridden ones, so it is recorded too.
 */
final class Choices implements RandomGenerator {
  /** How many draws past the end of a replayed sequence are allowed before the replay is abandoned. */
  static final int REPLAY_OVERRUN = 10_000;

  private static final int DOUBLE_BITS = 53;
  private static final int FLOAT_BITS = 24;

  /** The fresh source while recording, or null while replaying. */
  private final @Nullable RandomGenerator source;

  private final long[] replay;
  private final int limit;
  private long[] recorded = new long[16];
  private int size;

  private Choices(@Nullable RandomGenerator source, long[] replay, int limit) {
    this.source = source;
    this.replay = replay;
    this.limit = limit;
  }

  /**
   * A source that draws from {@code source} and records each draw.
   *
   * @param source the fresh random source
   * @return the recording source
   */
  static Choices recording(RandomGenerator source) {
    return new Choices(source, new long[0], Integer.MAX_VALUE);
  }

  /**
   * A source that replays {@code choices}, then zeros, and records what was actually read.
   *
   * @param choices the choices to replay
   * @return the replaying source
   */
  static Choices replaying(long[] choices) {
    return new Choices(null, choices.clone(), choices.length + REPLAY_OVERRUN);
  }

  /**
   * The choices drawn so far, as each draw read them.
   *
   * @return a copy of the choices
   */
  long[] choices() {
    return Arrays.copyOf(recorded, size);
  }

  /** Thrown when a replay reads far past its end: the generator does not settle on zeros, so drop the replay. */
  static final class Overrun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Overrun(int draws) {
      super("the generator read more than " + draws + " choices from a replay", null, false, false);
    }
  }

  private long nextChoice() {
    if (size >= limit) {
      throw new Overrun(limit);
    }
    return size < replay.length ? replay[size] : 0L;
  }

  private long record(long choice) {
    if (size == recorded.length) {
      recorded = Arrays.copyOf(recorded, size * 2);
    }
    recorded[size++] = choice;
    return choice;
  }

  /**
   * An offset in {@code [0, range)}, where {@code range} is read as an unsigned number (so that the range of a
   * draw over nearly all longs fits).
   */
  private long offset(long origin, long range) {
    if (source != null) {
      return record(source.nextLong(origin, origin + range) - origin);
    }
    return record(Long.remainderUnsigned(nextChoice(), range));
  }

  @Override
  public long nextLong() {
    return record(source != null ? source.nextLong() : nextChoice());
  }

  @Override
  public int nextInt() {
    return (int) record(source != null ? source.nextInt() : (int) nextChoice());
  }

  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound " + bound + " is not positive");
    }
    return offset(0, bound);
  }

  @Override
  public long nextLong(long origin, long bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("origin " + origin + " is not below bound " + bound);
    }
    return origin + offset(origin, bound - origin);
  }

  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound " + bound + " is not positive");
    }
    return (int) offset(0, bound);
  }

  @Override
  public int nextInt(int origin, int bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("origin " + origin + " is not below bound " + bound);
    }
    return (int) (origin + offset(origin, (long) bound - origin));
  }

  @Override
  public boolean nextBoolean() {
    return offset(0, 2) == 1;
  }

  @Override
  public double nextDouble() {
    return offset(0, 1L << DOUBLE_BITS) * 0x1.0p-53;
  }

  @Override
  public float nextFloat() {
    return offset(0, 1L << FLOAT_BITS) * 0x1.0p-24f;
  }
}
