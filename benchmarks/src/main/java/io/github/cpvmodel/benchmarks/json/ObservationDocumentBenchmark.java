package io.github.cpvmodel.benchmarks.json;

import io.github.cpvmodel.benchmarks.Measured;
import io.github.cpvmodel.benchmarks.Workload;
import io.github.cpvmodel.benchmarks.json.Records.DatasetRecord;
import io.github.cpvmodel.dataset.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One JSON dataset document of {@link ObservationFeed observations} and their indicators, as the library writes it,
 * read and written by the library on one Jackson and by what a program would write instead with the same Jackson,
 * on the same bytes:
 * <ul>
 *   <li>{@link #decode}: the library reads and validates the dataset (every value, then the dataset's checks);</li>
 *   <li>{@link #databind}: Jackson's databind reads the same bytes into plain {@link Records records}, no
 *       validation;</li>
 *   <li>{@link #scan}: a bare loop of {@code nextToken()} taking {@code getText()} of every name and scalar, the
 *       floor of any reader built on that Jackson;</li>
 *   <li>{@link #encode}: the library writes the dataset;</li>
 *   <li>{@link #databindEncode}: databind writes the records;</li>
 *   <li>{@link #handDecode} and {@link #handEncode}: a reader and a writer of this one document written by hand on
 *       the same parser and generator, as the calibration of the JSON targets measured them. The reader expects the
 *       members in the order the library writes them, makes each id, period and code once through the library's
 *       cache of values and builds and checks every value and the dataset through core, as the library does; it
 *       makes none of the format's own checks (unknown and repeated members, where an error lies). So it shows how
 *       near the targets a reader that knows its one document comes on the machine of the run, and how much the
 *       library's general reading costs beyond it: references, not baselines.</li>
 * </ul>
 * The setup checks, before any timing, that the library and the hand-written reader read back the dataset the
 * library wrote, that databind reads the records of that dataset, and that the three writers give the same bytes.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public abstract class ObservationDocumentBenchmark extends Measured {
  /** How many observations the document holds. */
  @Param({"100000"})
  public int observations;

  /** The dataset. */
  protected Dataset dataset;
  /** Its records. */
  protected DatasetRecord records;
  /** The document, as the library writes it. */
  protected byte[] json;

  /** For subclasses. */
  protected ObservationDocumentBenchmark() {}

  /**
   * Draws the dataset, writes it, and checks that every path computes the same thing.
   *
   * @throws IOException never, the input being in memory
   */
  @Setup
  public void setUp() throws IOException {
    dataset = ObservationFeed.dataset(observations);
    records = Records.of(dataset);
    json = write(dataset);
    Workload.requireSame("the dataset read back", dataset, read(json));
    Workload.requireSame("the records databind reads", records, bind(json));
    Workload.requireSame("the dataset read by hand", dataset, readByHand(json));
    requireSameBytes("databind", unbind(records));
    requireSameBytes("the hand-written writer", writeByHand(dataset));
    Workload.settle();
  }

  private void requireSameBytes(String writer, byte[] written) {
    if (!Arrays.equals(json, written)) {
      throw new IllegalStateException(writer + " writes other bytes than the library: "
          + new String(written, 0, Math.min(written.length, 500), StandardCharsets.UTF_8));
    }
  }

  /**
   * The library reads the dataset.
   *
   * @param json the document
   * @return the dataset
   * @throws IOException never, the input being in memory
   */
  protected abstract Dataset read(byte[] json) throws IOException;

  /**
   * Databind reads the records.
   *
   * @param json the document
   * @return the records
   * @throws IOException never, the input being in memory
   */
  protected abstract DatasetRecord bind(byte[] json) throws IOException;

  /**
   * Reads every token, taking the text of every name and scalar.
   *
   * @param json the document
   * @param bh takes the texts
   * @return how many tokens were read
   * @throws IOException never, the input being in memory
   */
  protected abstract int scan(byte[] json, Blackhole bh) throws IOException;

  /**
   * The library writes the dataset.
   *
   * @param dataset the dataset
   * @return the document
   * @throws IOException never, the output being in memory
   */
  protected abstract byte[] write(Dataset dataset) throws IOException;

  /**
   * Databind writes the records.
   *
   * @param records the records
   * @return the document
   * @throws IOException never, the output being in memory
   */
  protected abstract byte[] unbind(DatasetRecord records) throws IOException;

  /**
   * Reads and checks the dataset by hand, expecting the members in the order the library writes them.
   *
   * @param json the document
   * @return the dataset
   * @throws IOException never, the input being in memory
   * @throws IllegalStateException if the document holds anything else, or in another order
   */
  protected abstract Dataset readByHand(byte[] json) throws IOException;

  /**
   * Writes the dataset by hand, as the library writes it.
   *
   * @param dataset the dataset, whose bodies are all built-in ones
   * @return the document
   * @throws IOException never, the output being in memory
   */
  protected abstract byte[] writeByHand(Dataset dataset) throws IOException;

  /**
   * The library reads and validates the dataset.
   *
   * @return the dataset
   * @throws IOException never
   */
  @Benchmark
  public Dataset decode() throws IOException {
    return read(json);
  }

  /**
   * Databind reads the records.
   *
   * @return the records
   * @throws IOException never
   */
  @Benchmark
  public DatasetRecord databind() throws IOException {
    return bind(json);
  }

  /**
   * The bare token scan.
   *
   * @param bh takes the texts
   * @return how many tokens were read
   * @throws IOException never
   */
  @Benchmark
  public int scan(Blackhole bh) throws IOException {
    return scan(json, bh);
  }

  /**
   * The library writes the dataset.
   *
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public byte[] encode() throws IOException {
    return write(dataset);
  }

  /**
   * Databind writes the records.
   *
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public byte[] databindEncode() throws IOException {
    return unbind(records);
  }

  /**
   * The hand-written reader reads and checks the dataset.
   *
   * @return the dataset
   * @throws IOException never
   */
  @Benchmark
  public Dataset handDecode() throws IOException {
    return readByHand(json);
  }

  /**
   * The hand-written writer writes the dataset.
   *
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public byte[] handEncode() throws IOException {
    return writeByHand(dataset);
  }
}
