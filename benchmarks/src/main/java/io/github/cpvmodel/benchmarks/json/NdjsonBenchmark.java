package io.github.cpvmodel.benchmarks.json;

import io.github.cpvmodel.benchmarks.Measured;
import io.github.cpvmodel.json.CpvJson;
import io.github.cpvmodel.json.format.Ndjson;
import io.github.cpvmodel.json.jackson3.CpvJsonJackson3;
import io.github.cpvmodel.progress.Observation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A file of {@value #OBSERVATIONS} {@link ObservationFeed observations} as NDJSON, one per line, read and validated
 * line by line in a fork whose heap is {@value #HEAP}: far less than the file (about 150 MB) or its values, which the
 * stream of {@code ndjson().read} holds one at a time. Each operation reads the whole file and fails unless every
 * line gave a valid observation. The file is written in the setup by the library's own NDJSON writer, from a stream
 * of observations made one at a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = NdjsonBenchmark.HEAP)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class NdjsonBenchmark extends Measured {
  /** How many observations the file holds. */
  public static final int OBSERVATIONS = 1_000_000;

  /** The largest heap of the fork. */
  public static final String HEAP = "-Xmx64m";

  Path file;

  /** A benchmark; JMH makes it. */
  public NdjsonBenchmark() {}

  /**
   * Writes the file.
   *
   * @throws IOException if it cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("observations", ".ndjson");
    try (Stream<Observation> observations = ObservationFeed.observations(OBSERVATIONS)) {
      CpvJson.standard().ndjson().write(observations, file);
    }
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads the file on Jackson 2.
   *
   * @return how many observations it held
   */
  @Benchmark
  public long jackson2() {
    return read(CpvJson.standard().ndjson());
  }

  /**
   * Reads the file on Jackson 3.
   *
   * @return how many observations it held
   */
  @Benchmark
  public long jackson3() {
    return read(CpvJsonJackson3.standard().ndjson());
  }

  private long read(Ndjson ndjson) {
    long count;
    try (Stream<Observation> observations = ndjson.read(Observation.class, file)) {
      count = observations.count();
    }
    if (count != OBSERVATIONS) {
      throw new IllegalStateException("the file gave " + count + " observations, not " + OBSERVATIONS);
    }
    return count;
  }
}
