package io.github.cpvmodel.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports, per iteration, the CPU time the forked JVM used running the benchmark, divided by the
 * operations the iteration ran: the secondary result {@value #NAME}, in nanoseconds per operation.
 *
 * <p>Every thread counts (the benchmark's, the garbage collector's, JMH's) but the JIT compiler's, whose work belongs
 * to warming up, not to the code measured; a path that allocates more pays for its collections. On Linux the threads
 * are read from {@code /proc/self/task} (in clock ticks, a hundredth of a second: an iteration of a second or more
 * gives the time to 1%); elsewhere the whole process's CPU time is taken, the compiler's included.
 *
 * <p>The suite compares paths by this time rather than by the elapsed time of the primary score: on a machine whose
 * cores other work shares, the elapsed time of a fork depends on how much of the machine it was given, which changes
 * from fork to fork, while the CPU time it used depends on the code it ran.
 */
public final class CpuTime implements InternalProfiler {
  /** The name of the secondary result. */
  public static final String NAME = "cpu.time.norm";

  private static final Path TASKS = Path.of("/proc/self/task");

  /** The length of a clock tick of {@code /proc}, which Linux fixes at 100 a second for user space. */
  private static final long TICK = TimeUnit.MILLISECONDS.toNanos(10);

  private long start;

  /** A profiler; JMH makes one in each fork. */
  public CpuTime() {}

  @Override
  public String getDescription() {
    return "CPU time of the forked JVM per operation, the JIT compiler's left out";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = used();
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH declares the method with the raw type
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long operations = Math.max(1, result.getMetadata().getAllOps());
    return List.of(new ScalarResult(NAME, (double) (used() - start) / operations, "ns/op", AggregationPolicy.AVG));
  }

  /** The CPU time used so far, in nanoseconds. */
  private static long used() {
    if (Files.isDirectory(TASKS)) {
      long ticks = 0;
      try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
        for (Path task : tasks) {
          ticks += ticks(task);
        }
        return ticks * TICK;
      } catch (IOException e) {
        // Read the whole process below.
      }
    }
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The user and system ticks of a thread, or 0 for a compiler thread or one that has ended. */
  private static long ticks(Path task) {
    try {
      String name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip();
      if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
        return 0;
      }
      String stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
      // The fields after the name, which is in parentheses and may hold spaces: state is the first, utime the 12th.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
