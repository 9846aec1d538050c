package io.github.cpvmodel.benchmarks;

import io.github.cpvmodel.benchmarks.dataset.DatasetBenchmark;
import io.github.cpvmodel.benchmarks.document.DocumentNumberBenchmark;
import io.github.cpvmodel.benchmarks.mention.MentionFinderBenchmark;
import io.github.cpvmodel.benchmarks.progress.ObservationBenchmark;
import io.github.cpvmodel.benchmarks.progress.ObservationFootprint;
import io.github.cpvmodel.benchmarks.progress.PeriodLabelBenchmark;
import io.github.cpvmodel.benchmarks.progress.RollUpBenchmark;
import io.github.cpvmodel.benchmarks.reference.ProvinceBenchmark;
import io.github.cpvmodel.benchmarks.text.FoldBenchmark;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and prints, for each target, one line {@code ratio <name> <value> target <target> <met|not
 * met>}. Each ratio compares two scores of the same run: the library's path and its baseline on the same data, or
 * the same path at two sizes. A score is the {@linkplain CpuTime CPU time} a fork used per operation, every thread
 * of it counted; the elapsed times of the primary scores give the same ratios on a quiet machine and are printed
 * before them as {@code elapsed <name> <value>}. Each ratio's 99.9% confidence interval, from those JMH gives its two
 * scores, is printed as {@code interval <name> <low> <high>} and decides whether the target is met: a ratio whose
 * interval reaches its bound is within noise of it. The raw JMH results go to a JSON file, the lines to a text file
 * beside it.
 *
 * <p>Arguments: {@code --quick} for the short run (one fork per benchmark as always, but one warm-up and two measured
 * iterations of half a second, the roll-up over 1 of its 20 months, forks with {@code -Xms1g -Xmx1g -Xmn512m
 * -XX:+AlwaysPreTouch}, the heap footprint over fewer observations): a check that everything runs and a first look,
 * far noisier than the full run, whose figures are the ones to quote; {@code --out <directory>} for where the files go
 * (default {@code benchmarks/target/results}); {@code --only <regex>} to run only the benchmarks whose names match
 * ({@code footprint} for the heap measurement), printing the ratios they give. The full run is set by
 * {@link Measured}.
 */
public final class Suite {
  private static final List<String> QUICK_HEAP = List.of("-Xms1g", "-Xmx1g", "-Xmn512m", "-XX:+AlwaysPreTouch");

  /** The targets, each a ratio of two scores (times per operation) that must reach a bound. */
  static final List<Target> TARGETS = List.of(
      Target.atLeast("roll-up-vs-hand-written-loop", score(RollUpBenchmark.class, "loop"),
          score(RollUpBenchmark.class, "library"), 0.9),
      Target.atLeast("roll-up-vs-grouping-by", score(RollUpBenchmark.class, "grouping"),
          score(RollUpBenchmark.class, "library"), 1.0),
      Target.atMost("observation-build-cost-vs-record", score(ObservationBenchmark.class, "library"),
          score(ObservationBenchmark.class, "baseline"), 2.0),
      Target.atMost("observation-heap-vs-record", "footprint:library", "footprint:record", 1.5),
      Target.atMost("dataset-check-100k-over-10k", score(DatasetBenchmark.class, "check", "observations", 100_000),
          score(DatasetBenchmark.class, "check", "observations", 10_000), 11),
      Target.atMost("dataset-check-1m-over-100k", score(DatasetBenchmark.class, "check", "observations", 1_000_000),
          score(DatasetBenchmark.class, "check", "observations", 100_000), 11),
      Target.atLeast("document-number-parse-vs-regex", score(DocumentNumberBenchmark.class, "baseline"),
          score(DocumentNumberBenchmark.class, "library"), 1.0),
      Target.atLeast("period-label-parse-vs-regex", score(PeriodLabelBenchmark.class, "baseline"),
          score(PeriodLabelBenchmark.class, "library"), 0.5),
      Target.atLeast("province-by-name-vs-hash-map", score(ProvinceBenchmark.class, "baseline"),
          score(ProvinceBenchmark.class, "library"), 0.5),
      Target.atLeast("fold-vs-normalizer", score(FoldBenchmark.class, "baseline"),
          score(FoldBenchmark.class, "library"), 1.5),
      Target.atMost("mention-finder-10x-text-over-1x", score(MentionFinderBenchmark.class, "find", "copies", 10),
          score(MentionFinderBenchmark.class, "find", "copies", 1), 11));

  private Suite() {}

  /**
   * A ratio {@code numerator / denominator} of two scores and the bound it must reach.
   *
   * @param name the name printed
   * @param numerator the key of the score above the line
   * @param denominator the key of the score below it
   * @param bound the bound
   * @param atLeast whether the ratio must be at least the bound (a speed-up), else at most (a cost)
   */
  record Target(String name, String numerator, String denominator, double bound, boolean atLeast) {
    /** A speed ratio: the baseline's time over the library's, at least {@code bound}. */
    static Target atLeast(String name, String baseline, String library, double bound) {
      return new Target(name, baseline, library, bound, true);
    }

    /** A cost ratio, at most {@code bound}. */
    static Target atMost(String name, String numerator, String denominator, double bound) {
      return new Target(name, numerator, denominator, bound, false);
    }

    /**
     * The line of this target: the ratio of the two scores, and whether the bound is met. The confidence interval
     * decides: the bound is met when it lies within the interval of the ratio, or beyond it on the right side, so
     * that a ratio within noise of its bound is not called a miss.
     *
     * @param scores the scores by key
     * @param errors the half-width of each score's 99.9% confidence interval, by key; none for an exact score
     */
    String line(Map<String, Double> scores, Map<String, Double> errors) {
      Double above = scores.get(numerator);
      Double below = scores.get(denominator);
      String target = (atLeast ? ">=" : "<=") + format(bound);
      if (above == null || below == null) {
        return String.format(Locale.ROOT, "ratio %s n/a target %s not met", name, target);
      }
      double[] interval = interval(scores, errors);
      boolean met = atLeast ? interval[1] >= bound : interval[0] <= bound;
      return String.format(Locale.ROOT, "ratio %s %s target %s %s", name, format(above / below), target,
          met ? "met" : "not met");
    }

    /**
     * The 99.9% confidence interval of the ratio, from those of its two scores (the lowest numerator over the highest
     * denominator, and the other way round); the ratio itself at both ends when neither score has an interval.
     */
    double[] interval(Map<String, Double> scores, Map<String, Double> errors) {
      double above = scores.get(numerator);
      double below = scores.get(denominator);
      double aboveError = finite(errors.get(numerator));
      double belowError = finite(errors.get(denominator));
      double high = below - belowError > 0 ? (above + aboveError) / (below - belowError) : Double.POSITIVE_INFINITY;
      return new double[] {Math.max(0, above - aboveError) / (below + belowError), high};
    }

    private static double finite(Double error) {
      return error == null || error.isNaN() ? 0 : error;
    }

    /** The interval line, or nothing when the target has no scores. */
    Optional<String> intervalLine(Map<String, Double> scores, Map<String, Double> errors) {
      if (!scores.containsKey(numerator) || !scores.containsKey(denominator)) {
        return Optional.empty();
      }
      double[] interval = interval(scores, errors);
      return Optional.of(String.format(Locale.ROOT, "interval %s %s %s", name, format(interval[0]),
          format(interval[1])));
    }

    /** The same ratio of elapsed times, or nothing when it has none (the heap footprint). */
    Optional<String> elapsed(Map<String, Double> scores) {
      Double above = scores.get(numerator);
      Double below = scores.get(denominator);
      return above == null || below == null ? Optional.empty()
          : Optional.of(String.format(Locale.ROOT, "elapsed %s %s", name, format(above / below)));
    }
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String score(Class<?> benchmark, String method) {
    return benchmark.getName() + "." + method;
  }

  private static String score(Class<?> benchmark, String method, String param, int value) {
    return score(benchmark, method) + ":" + param + "=" + value;
  }

  /**
   * Runs the suite.
   *
   * @param args {@code --quick}, {@code --out <directory>}, {@code --only <regex>}
   * @throws RunnerException if JMH cannot run a benchmark, or a benchmark fails (including the check that two
   *     compared paths compute the same result)
   * @throws IOException if the results cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = false;
    Path out = Path.of("benchmarks", "target", "results");
    String only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--out" -> out = Path.of(args[++i]);
        case "--only" -> only = args[++i];
        default -> throw new IllegalArgumentException("unknown argument '" + args[i]
            + "': use --quick, --out <directory>, --only <regex>");
      }
    }
    Files.createDirectories(out);
    Path json = out.resolve(quick ? "jmh-quick.json" : "jmh.json");
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(only == null ? Suite.class.getPackageName() + "\\..*Benchmark\\..*" : only)
        .shouldFailOnError(true)
        .addProfiler(CpuTime.class)
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString());
    if (quick) {
      options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
          .measurementIterations(2).measurementTime(TimeValue.milliseconds(500))
          .jvmArgsAppend(QUICK_HEAP.toArray(new String[0]))
          .param("months", "1");
    }
    Map<String, Double> scores = new HashMap<>();
    Map<String, Double> errors = new HashMap<>();
    Map<String, Double> elapsed = new HashMap<>();
    if (only == null || "footprint".matches(only)) {
      double[] footprint = quick ? ObservationFootprint.measure(50_000, 3)
          : ObservationFootprint.measure(ObservationFootprint.COUNT, ObservationFootprint.REPEATS);
      scores.put("footprint:library", footprint[0]);
      scores.put("footprint:record", footprint[1]);
      System.out.printf(Locale.ROOT, "heap per observation: library %.1f bytes, record %.1f bytes%n", footprint[0],
          footprint[1]);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    for (RunResult result : results) {
      String key = result.getParams().getBenchmark();
      for (String param : result.getParams().getParamsKeys()) {
        if (!param.equals("months")) {
          key += ":" + param + "=" + result.getParams().getParam(param);
        }
      }
      elapsed.put(key, toNanoseconds(result.getPrimaryResult().getScore(), result.getParams().getTimeUnit()));
      scores.put(key, result.getSecondaryResults().get(CpuTime.NAME).getScore());
      errors.put(key, result.getSecondaryResults().get(CpuTime.NAME).getScoreError());
    }
    List<String> lines = new ArrayList<>();
    for (Target target : TARGETS) {
      target.elapsed(elapsed).ifPresent(lines::add);
    }
    for (Target target : TARGETS) {
      target.intervalLine(scores, errors).ifPresent(lines::add);
    }
    for (Target target : TARGETS) {
      if (only == null || target.elapsed(scores).isPresent()) {
        lines.add(target.line(scores, errors));
      }
    }
    Double finder = scores.get(score(MentionFinderBenchmark.class, "find", "copies", 1));
    if (finder != null) {
      lines.add(String.format(Locale.ROOT, "throughput mention-finder %.0f chars per ms of CPU time",
          MentionFinderBenchmark.chars(1) / (finder / TimeUnit.MILLISECONDS.toNanos(1))));
    }
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    stdout.println();
    stdout.println((quick ? "Quick run" : "Full run") + "; raw results in " + json);
    lines.forEach(stdout::println);
    Files.write(out.resolve(quick ? "ratios-quick.txt" : "ratios.txt"), lines, StandardCharsets.UTF_8);
  }

  private static double toNanoseconds(double score, TimeUnit unit) {
    return score * unit.toNanos(1);
  }
}
