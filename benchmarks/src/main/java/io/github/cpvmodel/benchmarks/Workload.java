package io.github.cpvmodel.benchmarks;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Where the data of every benchmark comes from: the testkit's generators, driven by a random source seeded from
 * one fixed number and the workload's name, so that every run, fork and machine times the same values.
 */
public final class Workload {
  /** The seed every workload's random source derives from. */
  public static final long SEED = 20_191_930L;

  private Workload() {}

  /**
   * The random source of one workload.
   *
   * @param name the workload's name, e.g. {@code roll-up}; two workloads of one name draw the same values
   * @return a new random source, seeded from {@link #SEED} and the name
   */
  public static RandomGenerator random(String name) {
    return new SplittableRandom(SEED * 31 + name.hashCode());
  }

  /**
   * Collects the garbage of a setup and moves the data it made to the old generation, before the first measured
   * iteration: the data of the large workloads (a million observations) would otherwise fill the young generation
   * and be copied by the first collection inside a measured iteration, which would time the setup's data rather than
   * the code. Call it last in a setup that makes much data.
   */
  public static void settle() {
    System.gc();
    System.gc();
  }

  /**
   * Fails the run when two paths that are compared compute different results: a ratio of two paths means something
   * only when both do the same work.
   *
   * @param what the comparison, for the message
   * @param expected the result of the library's path
   * @param actual the result of the baseline
   * @throws IllegalStateException if the results differ
   */
  public static void requireSame(String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(what + ": the baseline computes " + abbreviate(actual)
          + " where the library computes " + abbreviate(expected));
    }
  }

  private static String abbreviate(Object value) {
    String text = String.valueOf(value);
    return text.length() <= 500 ? text : text.substring(0, 500) + "…";
  }
}
