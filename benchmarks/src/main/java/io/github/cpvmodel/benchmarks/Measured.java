package io.github.cpvmodel.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How every benchmark of the suite is measured, which its benchmarks inherit: the average time of an operation,
 * one fork with a fixed heap and young generation and its pages touched before the first iteration ({@value #XMS}
 * {@value #XMX} {@value #XMN} {@value #PRE_TOUCH}: without them the first seconds run at half speed, and the
 * collector can fall into a small young generation in some forks only, which then decides the ratios), regions of
 * the G1 collector large enough that a list of a million values is not a humongous object ({@value #REGIONS}: with
 * the 2 MB regions of a 4 GB heap, an array of more than 262,144 references is one, which G1 frees only after a
 * marking cycle and which keeps every young object it references alive until then, so that reading or checking a
 * million observations would measure that policy rather than the code), 10 warm-up
 * iterations (the library's paths are deeper than the baselines' and take longer to compile, more so on a busy
 * machine) and 10 measured ones.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {Measured.XMS, Measured.XMX, Measured.XMN, Measured.PRE_TOUCH, Measured.REGIONS})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
public abstract class Measured {
  /** The initial heap of a fork. */
  public static final String XMS = "-Xms4g";
  /** The largest heap of a fork. */
  public static final String XMX = "-Xmx4g";
  /** The young generation of a fork. */
  public static final String XMN = "-Xmn2g";
  /** Touches the heap's pages when a fork starts. */
  public static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";
  /** The size of the G1 collector's regions. */
  public static final String REGIONS = "-XX:G1HeapRegionSize=32m";

  /** For subclasses. */
  protected Measured() {}
}
