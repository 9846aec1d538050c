package io.github.cpvmodel.benchmarks.json;

import io.github.cpvmodel.benchmarks.Measured;
import io.github.cpvmodel.benchmarks.Workload;
import io.github.cpvmodel.dataset.Dataset;
import io.github.cpvmodel.examples.Demonstration;
import io.github.cpvmodel.json.CpvJson;
import io.github.cpvmodel.json.jackson3.CpvJsonJackson3;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The national briefing of the examples ({@link Demonstration#seed()}: the online briefing of the Central
 * Organisation Commission of 30 September 2019 with its 63 provincial bridge points and the central one, its chair
 * and co-chairs with their posts and tenures, the documents it cites, the built-in bodies and documents, one
 * observation per province), as one compact JSON document, read and written by the library on each Jackson. The
 * document mixes many types, a built-in value often by its id or citation alone, so the baseline is what a program
 * without the library would write for it: databind reading it into, and writing it from, Jackson's untyped tree of
 * maps and lists. The setup checks that both Jacksons read back the briefing and write the same bytes, and that the
 * tree databind reads writes them too.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BriefingBenchmark extends Measured {
  Dataset briefing;
  byte[] json;
  Object tree2;
  Object tree3;

  /** A benchmark; JMH makes it. */
  public BriefingBenchmark() {}

  /**
   * Writes the briefing and checks every path.
   *
   * @throws IOException never, the data being in memory
   */
  @Setup
  public void setUp() throws IOException {
    briefing = Demonstration.seed();
    json = CpvJson.standard().write(briefing);
    Workload.requireSame("the briefing read back on Jackson 2", briefing, jackson2Read());
    Workload.requireSame("the briefing read back on Jackson 3", briefing, jackson3Read());
    tree2 = jackson2Databind();
    tree3 = jackson3Databind();
    requireBytes("Jackson 3", jackson3Write());
    requireBytes("Jackson 2's databind", jackson2DatabindWrite());
    requireBytes("Jackson 3's databind", jackson3DatabindWrite());
    Workload.settle();
  }

  private void requireBytes(String what, byte[] written) {
    if (!Arrays.equals(json, written)) {
      throw new IllegalStateException(what + " writes other bytes than the library on Jackson 2");
    }
  }

  /**
   * The library reads and validates the briefing on Jackson 2.
   *
   * @return the briefing
   */
  @Benchmark
  public Dataset jackson2Read() {
    return CpvJson.standard().read(Dataset.class, json);
  }

  /**
   * The library writes the briefing on Jackson 2.
   *
   * @return the document
   */
  @Benchmark
  public byte[] jackson2Write() {
    return CpvJson.standard().write(briefing);
  }

  /**
   * Jackson 2's databind reads the document into a tree of maps and lists.
   *
   * @return the tree
   * @throws IOException never
   */
  @Benchmark
  public Object jackson2Databind() throws IOException {
    return Jackson2DocumentBenchmark.MAPPER.readValue(json, Object.class);
  }

  /**
   * Jackson 2's databind writes the tree.
   *
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public byte[] jackson2DatabindWrite() throws IOException {
    return Jackson2DocumentBenchmark.MAPPER.writeValueAsBytes(tree2);
  }

  /**
   * The library reads and validates the briefing on Jackson 3.
   *
   * @return the briefing
   */
  @Benchmark
  public Dataset jackson3Read() {
    return CpvJsonJackson3.standard().read(Dataset.class, json);
  }

  /**
   * The library writes the briefing on Jackson 3.
   *
   * @return the document
   */
  @Benchmark
  public byte[] jackson3Write() {
    return CpvJsonJackson3.standard().write(briefing);
  }

  /**
   * Jackson 3's databind reads the document into a tree of maps and lists.
   *
   * @return the tree
   */
  @Benchmark
  public Object jackson3Databind() {
    return Jackson3DocumentBenchmark.MAPPER.readValue(json, Object.class);
  }

  /**
   * Jackson 3's databind writes the tree.
   *
   * @return the document
   */
  @Benchmark
  public byte[] jackson3DatabindWrite() {
    return Jackson3DocumentBenchmark.MAPPER.writeValueAsBytes(tree3);
  }
}
