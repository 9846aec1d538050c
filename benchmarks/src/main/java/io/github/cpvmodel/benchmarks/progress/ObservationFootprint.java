package io.github.cpvmodel.benchmarks.progress;

import io.github.cpvmodel.benchmarks.progress.ObservationBenchmark.Row;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The heap an observation keeps alive, the library's against the {@link PlainObservation} record's, measured without
 * an agent: the raw parts of {@value #COUNT} observations are held as one line of text each; the heap in use is read
 * (from {@link MemoryMXBean}) after a full collection, every line is split into fresh strings and built into an
 * observation that is kept, the lines stay, and the heap is read again after a full collection. The difference per
 * observation is what building keeps: the value objects and the strings they hold on to (the array that holds the
 * results is made before the first reading, so it does not count). Each side is measured {@value #REPEATS} times and
 * the median kept; a collection is repeated until the heap in use stops shrinking.
 */
public final class ObservationFootprint {
  /** How many observations each measurement keeps. */
  public static final int COUNT = 200_000;

  /** How many times each side is measured. */
  public static final int REPEATS = 5;

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private ObservationFootprint() {}

  /**
   * The bytes per observation that building keeps alive.
   *
   * @param count how many observations each measurement keeps
   * @param repeats how many times each side is measured, the median kept
   * @return the library's, then the record's
   */
  public static double[] measure(int count, int repeats) {
    Row[] rows = ObservationBenchmark.rows("observation-footprint", count);
    String[] lines = Arrays.stream(rows).map(r -> String.join("\t", r.indicator(), r.subject(), r.period(),
        r.value(), r.status())).toArray(String[]::new);
    rows = null;
    ObservationBenchmark ways = new ObservationBenchmark();
    double library = median(lines, repeats, fields -> ways.library(new Row(fields[0], fields[1], fields[2], fields[3],
        fields[4])));
    double record = median(lines, repeats, fields -> ways.baseline(new Row(fields[0], fields[1], fields[2], fields[3],
        fields[4])));
    return new double[] {library, record};
  }

  private static double median(String[] lines, int repeats, Function<String[], Object> build) {
    double[] bytes = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      Object[] kept = new Object[lines.length];
      long before = usedAfterCollection();
      for (int i = 0; i < lines.length; i++) {
        kept[i] = build.apply(lines[i].split("\t"));
      }
      long after = usedAfterCollection();
      bytes[r] = (double) (after - before) / lines.length;
      if (kept[lines.length - 1] == null) {
        throw new IllegalStateException("nothing was built");
      }
    }
    Arrays.sort(bytes);
    return bytes[repeats / 2];
  }

  private static long usedAfterCollection() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = MEMORY.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
