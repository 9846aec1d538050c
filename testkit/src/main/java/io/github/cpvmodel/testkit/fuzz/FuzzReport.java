package io.github.cpvmodel.testkit.fuzz;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.cpvmodel.testkit.property.Show;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a fuzz run: how many inputs each target answered with a value and how many it rejected, for
 * which rules, and the slowest input relative to its bound.
 *
 * <pre>{@code
 * FuzzReport report = Fuzz.run(List.of(FuzzTarget.answering("VietnameseText.foldKey",
 *     HostileText.from(TextGenerators.placeNames()), VietnameseText::foldKey)), 1_000);
 * long answered = report.accepted() + report.rejected(); // report.inputs()
 * System.out.println(report);            // a table by target, and the slowest input
 * }</pre>
 */
public final class FuzzReport {
  private final long seed;
  private final ImmutableList<Line> lines;
  private final String slowest;

  private FuzzReport(long seed, ImmutableList<Line> lines, String slowest) {
    this.seed = seed;
    this.lines = lines;
    this.slowest = slowest;
  }

  /** {@return the seed of the run} */
  public long seed() {
    return seed;
  }

  /** {@return how many inputs were run} */
  public long inputs() {
    return accepted() + rejected();
  }

  /** {@return how many inputs were answered with a value that read back} */
  public long accepted() {
    return lines.stream().mapToLong(line -> line.accepted).sum();
  }

  /** {@return how many inputs were rejected with a rule} */
  public long rejected() {
    return lines.stream().mapToLong(line -> line.rejected.values().stream().mapToLong(Long::longValue).sum()).sum();
  }

  /** {@return how many inputs each rule rejected, by rule code, over all targets} */
  public ImmutableSortedMap<String, Long> rejectedByRule() {
    Map<String, Long> all = new TreeMap<>();
    lines.forEach(line -> line.rejected.forEach((rule, n) -> all.merge(rule, n, Long::sum)));
    return ImmutableSortedMap.copyOf(all);
  }

  /** {@return the slowest input relative to its bound: target, length, time} */
  public String slowest() {
    return slowest;
  }

  /** Returns a table: inputs by target and outcome, then the rules that rejected, then the slowest input. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%,d inputs from seed %d: %,d answered with a value that reads back, %,d rejected with a rule%n",
        inputs(), seed, accepted(), rejected()));
    out.append(String.format(Locale.ROOT, "%-34s %10s %10s %10s  %s%n", "target", "accepted", "rejected",
        "total ms", "slowest input"));
    for (Line line : lines) {
      long rejected = line.rejected.values().stream().mapToLong(Long::longValue).sum();
      out.append(String.format(Locale.ROOT, "%-34s %,10d %,10d %,10.0f  %,d chars in %.1f ms%n", line.name,
          line.accepted, rejected, line.totalNanos / 1e6, line.slowestLength, line.slowestNanos / 1e6));
    }
    out.append("Rejected by rule: ").append(rejectedByRule()).append(System.lineSeparator());
    out.append("Slowest input relative to its bound: ").append(slowest).append(System.lineSeparator());
    return out.toString();
  }

  /** An input as a report quotes it: escaped, and cut after 200 chars. */
  static String show(String input) {
    return input.length() <= 200 ? Show.value(input)
        : Show.value(input.substring(0, 200)) + " … (" + input.length() + " chars in all)";
  }

  /** The figures of one target. */
  private static final class Line {
    final String name;
    long accepted;
    final Map<String, Long> rejected = new TreeMap<>();
    long slowestNanos;
    int slowestLength;
    long totalNanos;

    Line(String name) {
      this.name = name;
    }
  }

  /** Counts a run as it goes. */
  static final class Tally {
    private final long seed;
    private final Map<FuzzTarget<?>, Line> lines = new LinkedHashMap<>();
    private double worstShare = -1;
    private String slowest = "none";

    Tally(ImmutableList<FuzzTarget<?>> targets, long seed) {
      this.seed = seed;
      targets.forEach(target -> lines.put(target, new Line(target.name())));
    }

    void accepted(FuzzTarget<?> target) {
      lines.get(target).accepted++;
    }

    void rejected(FuzzTarget<?> target, String rule) {
      lines.get(target).rejected.merge(rule, 1L, Long::sum);
    }

    void time(FuzzTarget<?> target, String input, long nanos) {
      Line line = lines.get(target);
      line.totalNanos += nanos;
      if (nanos > line.slowestNanos) {
        line.slowestNanos = nanos;
        line.slowestLength = input.length();
      }
      double share = (double) nanos / Fuzz.boundNanos(input.length());
      if (share > worstShare) {
        worstShare = share;
        slowest = String.format(Locale.ROOT, "%s on %,d chars in %.1f ms (%.0f%% of its bound): %s", target.name(),
            input.length(), nanos / 1e6, share * 100, show(input.length() <= 60 ? input : input.substring(0, 60)));
      }
    }

    FuzzReport report() {
      return new FuzzReport(seed, ImmutableList.copyOf(lines.values()), slowest);
    }
  }
}
