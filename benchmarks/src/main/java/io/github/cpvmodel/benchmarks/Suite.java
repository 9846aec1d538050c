package io.github.cpvmodel.benchmarks;

import io.github.cpvmodel.benchmarks.dataset.DatasetBenchmark;
import io.github.cpvmodel.benchmarks.document.DocumentNumberBenchmark;
import io.github.cpvmodel.benchmarks.json.BriefingBenchmark;
import io.github.cpvmodel.benchmarks.json.DecodeScalingBenchmark;
import io.github.cpvmodel.benchmarks.json.Jackson2DocumentBenchmark;
import io.github.cpvmodel.benchmarks.json.Jackson3DocumentBenchmark;
import io.github.cpvmodel.benchmarks.json.NdjsonBenchmark;
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
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
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
 * scores, is printed as {@code interval <name> <low> <high>}: a ratio that misses its bound by no more than a narrow
 * interval (within 20% of the ratio either side) is within noise of it and meets it. After the targets come the
 * {@linkplain #REFERENCES references}, ratios without a bound. The raw JMH results go to a JSON file, the lines to a
 * text file beside it.
 *
 * <p>Arguments: {@code --quick} for the short run (one fork per benchmark as always, but one warm-up and two measured
 * iterations of half a second, the roll-up over 1 of its 20 months, the dataset check over 100,000 observations' worth
 * of datasets rather than a million, forks with {@code -Xms1g -Xmx1g -Xmn512m
 * -XX:+AlwaysPreTouch}, the heap footprint over fewer observations): a check that everything runs and a first look,
 * far noisier than the full run, whose figures are the ones to quote; {@code --out <directory>} for where the files go
 * (default {@code benchmarks/target/results}); {@code --only <regex>} to run only the benchmarks whose names match
 * ({@code footprint} for the heap measurement), printing the ratios they give. The full run is set by
 * {@link Measured}. The quick run leaves out the JSON decoding at three sizes and the national briefing (whose
 * targets it then prints as n/a) and the references, and times the observation document at
 * {@value #QUICK_DOCUMENT} observations rather than 100,000, with the iterations of the rest of the quick run.
 *
 * <p>A ratio of allocations compares the bytes each operation allocated, from JMH's GC profiler. The NDJSON
 * benchmark runs after the others, in forks of its own small heap ({@value NdjsonBenchmark#HEAP}, in the quick run
 * too); its target is met when it runs to its end, and its line gives the seconds an operation took.
 */
public final class Suite {
  private static final List<String> QUICK_HEAP = List.of("-Xms1g", "-Xmx1g", "-Xmn512m", Measured.PRE_TOUCH,
      Measured.REGIONS);

  /** The benchmarks of the observation document, whose ratios are of one size: their keys leave it out. */
  private static final String DOCUMENTS = Jackson2DocumentBenchmark.class.getPackageName()
      + "\\.Jackson[23]DocumentBenchmark\\..*";

  /**
   * The benchmarks of the reader and writer written by hand, references the quick run leaves out (its document's
   * setup still checks them).
   */
  private static final String HAND_WRITTEN = Jackson2DocumentBenchmark.class.getPackageName()
      + "\\.Jackson[23]DocumentBenchmark\\.hand.*";

  /** The size of the observation document in the quick run; the full run's is 100,000. */
  private static final int QUICK_DOCUMENT = 10_000;

  /** The prefix of the key of a score's allocation: bytes allocated per operation, from JMH's GC profiler. */
  static final String ALLOCATION = "allocation:";

  /** The secondary result of JMH's GC profiler that gives the bytes allocated per operation. */
  private static final String ALLOCATED = "gc.alloc.rate.norm";

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
          score(MentionFinderBenchmark.class, "find", "copies", 1), 11),

      Target.atLeast("json2-decode-vs-databind", document(Jackson2DocumentBenchmark.class, "databind"),
          document(Jackson2DocumentBenchmark.class, "decode"), 1.4),
      Target.atLeast("json3-decode-vs-databind", document(Jackson3DocumentBenchmark.class, "databind"),
          document(Jackson3DocumentBenchmark.class, "decode"), 1.4),
      Target.atLeast("json2-decode-vs-token-scan", document(Jackson2DocumentBenchmark.class, "scan"),
          document(Jackson2DocumentBenchmark.class, "decode"), 0.85),
      Target.atLeast("json3-decode-vs-token-scan", document(Jackson3DocumentBenchmark.class, "scan"),
          document(Jackson3DocumentBenchmark.class, "decode"), 0.85),
      Target.atLeast("json2-encode-vs-databind", document(Jackson2DocumentBenchmark.class, "databindEncode"),
          document(Jackson2DocumentBenchmark.class, "encode"), 1.2),
      Target.atLeast("json3-encode-vs-databind", document(Jackson3DocumentBenchmark.class, "databindEncode"),
          document(Jackson3DocumentBenchmark.class, "encode"), 1.2),
      Target.atMost("json2-decode-allocation-vs-databind",
          ALLOCATION + document(Jackson2DocumentBenchmark.class, "decode"),
          ALLOCATION + document(Jackson2DocumentBenchmark.class, "databind"), 0.5),
      Target.atMost("json3-decode-allocation-vs-databind",
          ALLOCATION + document(Jackson3DocumentBenchmark.class, "decode"),
          ALLOCATION + document(Jackson3DocumentBenchmark.class, "databind"), 0.5),
      Target.completes("json2-ndjson-1m-in-64m-heap-seconds", score(NdjsonBenchmark.class, "jackson2")),
      Target.completes("json3-ndjson-1m-in-64m-heap-seconds", score(NdjsonBenchmark.class, "jackson3")),
      Target.atMost("json2-decode-1m-over-100k",
          score(DecodeScalingBenchmark.class, "jackson2", "observations", 1_000_000),
          score(DecodeScalingBenchmark.class, "jackson2", "observations", 100_000), 11),
      Target.atMost("json3-decode-1m-over-100k",
          score(DecodeScalingBenchmark.class, "jackson3", "observations", 1_000_000),
          score(DecodeScalingBenchmark.class, "jackson3", "observations", 100_000), 11));

  /**
   * Ratios without a bound, printed after the targets as {@code reference <name> <value> interval <low> <high>}:
   * where a reader and a writer written by hand for the observation document stand against the baselines the targets
   * name, and the library against them. The calibration of the JSON targets measured such a reader; these lines show
   * how near the targets it comes on the machine of the run, and what the library's general reading and writing cost
   * beyond it.
   */
  static final List<Target> REFERENCES = List.of(
      Target.reference("json2-hand-written-decode-vs-databind", document(Jackson2DocumentBenchmark.class, "databind"),
          document(Jackson2DocumentBenchmark.class, "handDecode")),
      Target.reference("json3-hand-written-decode-vs-databind", document(Jackson3DocumentBenchmark.class, "databind"),
          document(Jackson3DocumentBenchmark.class, "handDecode")),
      Target.reference("json2-hand-written-decode-vs-token-scan", document(Jackson2DocumentBenchmark.class, "scan"),
          document(Jackson2DocumentBenchmark.class, "handDecode")),
      Target.reference("json3-hand-written-decode-vs-token-scan", document(Jackson3DocumentBenchmark.class, "scan"),
          document(Jackson3DocumentBenchmark.class, "handDecode")),
      Target.reference("json2-decode-vs-hand-written", document(Jackson2DocumentBenchmark.class, "handDecode"),
          document(Jackson2DocumentBenchmark.class, "decode")),
      Target.reference("json3-decode-vs-hand-written", document(Jackson3DocumentBenchmark.class, "handDecode"),
          document(Jackson3DocumentBenchmark.class, "decode")),
      Target.reference("json2-hand-written-encode-vs-databind",
          document(Jackson2DocumentBenchmark.class, "databindEncode"),
          document(Jackson2DocumentBenchmark.class, "handEncode")),
      Target.reference("json3-hand-written-encode-vs-databind",
          document(Jackson3DocumentBenchmark.class, "databindEncode"),
          document(Jackson3DocumentBenchmark.class, "handEncode")),
      Target.reference("json2-encode-vs-hand-written", document(Jackson2DocumentBenchmark.class, "handEncode"),
          document(Jackson2DocumentBenchmark.class, "encode")),
      Target.reference("json3-encode-vs-hand-written", document(Jackson3DocumentBenchmark.class, "handEncode"),
          document(Jackson3DocumentBenchmark.class, "encode")));

  private Suite() {}

  /**
   * A ratio {@code numerator / denominator} of two scores and the bound it must reach, or a reference without one.
   *
   * @param name the name printed
   * @param numerator the key of the score above the line
   * @param denominator the key of the score below it
   * @param bound the bound, NaN for a reference
   * @param atLeast whether the ratio must be at least the bound (a speed-up), else at most (a cost)
   */
  record Target(String name, String numerator, String denominator, double bound, boolean atLeast) {
    /** The noise of a ratio on a shared 2-core machine, as a fraction of it: about 20%. */
    static final double NOISE = 0.2;

    /** A speed ratio: the baseline's time over the library's, at least {@code bound}. */
    static Target atLeast(String name, String baseline, String library, double bound) {
      return new Target(name, baseline, library, bound, true);
    }

    /** A cost ratio, at most {@code bound}. */
    static Target atMost(String name, String numerator, String denominator, double bound) {
      return new Target(name, numerator, denominator, bound, false);
    }

    /** A speed ratio without a bound, printed for reference: the baseline's time over the path's. */
    static Target reference(String name, String baseline, String path) {
      return new Target(name, baseline, path, Double.NaN, true);
    }

    /**
     * A benchmark that must run to its end (one that runs out of memory gives no score): the value printed is its
     * time per operation in seconds.
     */
    static Target completes(String name, String score) {
      return new Target(name, score, null, 0, true);
    }

    /**
     * The line of this target: the ratio of the two scores, and whether the bound is met. The ratio meets it, or
     * misses it by no more than the noise: its 99.9% confidence interval reaches the bound and is no wider than
     * {@value #NOISE} of the ratio either side. A wider interval decides nothing, and the ratio alone counts.
     *
     * @param scores the scores by key
     * @param errors the half-width of each score's 99.9% confidence interval, by key; none for an exact score
     */
    String line(Map<String, Double> scores, Map<String, Double> errors) {
      Double above = scores.get(numerator);
      if (denominator == null) {
        return String.format(Locale.ROOT, "ratio %s %s target completes %s", name,
            above == null ? "n/a" : format(above / TimeUnit.SECONDS.toNanos(1)), above == null ? "not met" : "met");
      }
      Double below = scores.get(denominator);
      String target = (atLeast ? ">=" : "<=") + format(bound);
      if (above == null || below == null) {
        return String.format(Locale.ROOT, "ratio %s n/a target %s not met", name, target);
      }
      double value = above / below;
      double[] interval = interval(scores, errors);
      boolean withinNoise = (interval[1] - interval[0]) / 2 <= NOISE * value
          && (atLeast ? interval[1] >= bound : interval[0] <= bound);
      boolean met = (atLeast ? value >= bound : value <= bound) || withinNoise;
      return String.format(Locale.ROOT, "ratio %s %s target %s %s", name, format(value), target,
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

    /** The line of a reference, with its interval, or nothing when it has no scores. */
    Optional<String> referenceLine(Map<String, Double> scores, Map<String, Double> errors) {
      if (!scores.containsKey(numerator) || !scores.containsKey(denominator)) {
        return Optional.empty();
      }
      double[] interval = interval(scores, errors);
      return Optional.of(String.format(Locale.ROOT, "reference %s %s interval %s %s", name,
          format(scores.get(numerator) / scores.get(denominator)), format(interval[0]), format(interval[1])));
    }

    /** The same ratio of elapsed times, or nothing when it has none (the heap footprint). */
    Optional<String> elapsed(Map<String, Double> scores) {
      Double above = scores.get(numerator);
      if (denominator == null) {
        return Optional.ofNullable(above).map(time -> String.format(Locale.ROOT, "elapsed %s %s", name,
            format(time / TimeUnit.SECONDS.toNanos(1))));
      }
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

  /** The score of a method of an observation document's benchmark, at the one size the run takes. */
  private static String document(Class<?> benchmark, String method) {
    return score(benchmark, method);
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
        .exclude(NdjsonBenchmark.class.getName())
        .shouldFailOnError(true)
        .addProfiler(CpuTime.class)
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString());
    if (quick) {
      options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
          .measurementIterations(2).measurementTime(TimeValue.milliseconds(500))
          .jvmArgsAppend(QUICK_HEAP.toArray(new String[0]))
          .param("months", "1")
          .param("total", "100000")
          .exclude(DecodeScalingBenchmark.class.getName())
          .exclude(BriefingBenchmark.class.getName())
          .exclude(DOCUMENTS);
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
    List<RunResult> results = new ArrayList<>(new Runner(options.build()).run());
    if (quick && (only == null || Pattern.compile(only).matcher(Jackson2DocumentBenchmark.class.getName() + ".")
        .find())) {
      results.addAll(runSmallDocuments(out));
    }
    if (only == null || Pattern.compile(only).matcher(NdjsonBenchmark.class.getName() + ".").find()) {
      results.addAll(runSmallHeap(quick, out));
    }
    for (RunResult result : results) {
      String key = result.getParams().getBenchmark();
      boolean document = key.matches(DOCUMENTS);
      for (String param : result.getParams().getParamsKeys()) {
        if (!param.equals("months") && !param.equals("total") && !(document && param.equals("observations"))) {
          key += ":" + param + "=" + result.getParams().getParam(param);
        }
      }
      elapsed.put(key, toNanoseconds(result.getPrimaryResult().getScore(), result.getParams().getTimeUnit()));
      scores.put(key, result.getSecondaryResults().get(CpuTime.NAME).getScore());
      errors.put(key, result.getSecondaryResults().get(CpuTime.NAME).getScoreError());
      Result<?> allocation = result.getSecondaryResults().get(ALLOCATED);
      if (allocation != null) {
        scores.put(ALLOCATION + key, allocation.getScore());
      }
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
    for (Target reference : REFERENCES) {
      reference.referenceLine(scores, errors).ifPresent(lines::add);
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

  /**
   * Runs the benchmarks of the observation document in the quick run: over {@value #QUICK_DOCUMENT} observations,
   * with the iterations of the rest of the quick run.
   */
  private static Collection<RunResult> runSmallDocuments(Path out) throws RunnerException {
    return new Runner(new OptionsBuilder()
        .include(DOCUMENTS)
        .exclude(HAND_WRITTEN)
        .param("observations", String.valueOf(QUICK_DOCUMENT))
        .warmupIterations(1).warmupTime(TimeValue.seconds(1))
        .measurementIterations(2).measurementTime(TimeValue.milliseconds(500))
        .jvmArgsAppend(QUICK_HEAP.toArray(new String[0]))
        .shouldFailOnError(true)
        .addProfiler(CpuTime.class)
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve("jmh-documents-quick.json").toString())
        .build()).run();
  }

  /**
   * Runs the NDJSON benchmark in forks of its own small heap, which the quick run's heap must not replace; its
   * failure (running out of memory) is reported by its target rather than stopping the suite.
   */
  private static Collection<RunResult> runSmallHeap(boolean quick, Path out) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(NdjsonBenchmark.class.getName())
        .jvmArgsAppend(NdjsonBenchmark.HEAP)
        .shouldFailOnError(false)
        .addProfiler(CpuTime.class)
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve(quick ? "jmh-ndjson-quick.json" : "jmh-ndjson.json").toString());
    if (quick) {
      options.warmupIterations(0).measurementIterations(1);
    }
    return new Runner(options.build()).run();
  }

  private static double toNanoseconds(double score, TimeUnit unit) {
    return score * unit.toNanos(1);
  }
}
