package io.github.cpvmodel.benchmarks.json;

import io.github.cpvmodel.benchmarks.Measured;
import io.github.cpvmodel.benchmarks.Workload;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.json.CpvJson;
import io.github.cpvmodel.json.jackson3.CpvJsonJackson3;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The library reading and validating the {@linkplain ObservationDocumentBenchmark observation document} as it grows
 * tenfold and tenfold again: 10,000, 100,000 and 1,000,000 observations, on each Jackson. A decoding linear in the
 * size of the document gives time(1,000,000) / time(100,000) = 10.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeScalingBenchmark extends Measured {
  /** How many observations the document holds. */
  @Param({"10000", "100000", "1000000"})
  public int observations;

  byte[] json;

  /** A benchmark; JMH makes it. */
  public DecodeScalingBenchmark() {}

  /** Writes the document and checks that both Jacksons read back the dataset written. */
  @Setup
  public void setUp() {
    Dataset dataset = ObservationFeed.dataset(observations);
    json = CpvJson.standard().write(dataset);
    Workload.requireSame("the dataset read back on Jackson 2", dataset, jackson2());
    Workload.requireSame("the dataset read back on Jackson 3", dataset, jackson3());
    Workload.settle();
  }

  /**
   * Reads the document on Jackson 2.
   *
   * @return the dataset
   */
  @Benchmark
  public Dataset jackson2() {
    return CpvJson.standard().read(Dataset.class, json);
  }

  /**
   * Reads the document on Jackson 3.
   *
   * @return the dataset
   */
  @Benchmark
  public Dataset jackson3() {
    return CpvJsonJackson3.standard().read(Dataset.class, json);
  }
}
