package io.github.cpvmodel.json;

import io.github.cpvmodel.progress.Observation;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Reads generated NDJSON observations and checks each against the one written: run in a JVM of a small heap, it
 * shows that reading streams in constant memory.
 */
final class SmallHeapReading {
  private SmallHeapReading() {}

  /**
   * Reads the observations.
   *
   * @param args the seed and the number of observations
   */
  public static void main(String[] args) {
    long seed = Long.parseLong(args[0]);
    int count = Integer.parseInt(args[1]);
    SplittableRandom expected = new SplittableRandom(seed);
    long read = 0;
    try (Stream<Observation> observations = CpvJson.standard().ndjson().read(Observation.class,
        new GeneratedLines(seed, count))) {
      for (Observation o : (Iterable<Observation>) observations::iterator) {
        read++;
        if (!o.equals(GeneratedLines.OBSERVATIONS.generate(expected))) {
          throw new AssertionError("observation " + read + " read back differently: " + o);
        }
      }
    }
    long maxHeap = Runtime.getRuntime().maxMemory();
    if (maxHeap > 64L << 20) {
      throw new AssertionError("run with -Xmx64m; the heap may grow to " + maxHeap);
    }
    System.out.printf("read %d observations under a heap of at most 64 MiB, each equal to the one written%n", read);
  }
}
