package io.github.cpvmodel.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The library's way and a baseline's way of doing one thing to each of {@value #INPUTS} inputs, timed per input:
 * {@link #library(Blackhole)} and {@link #baseline(Blackhole)}. A subclass draws the inputs in its setup and checks
 * there that both ways give equal results for every input, which {@link #requireSame} makes a failure of the run.
 *
 * @param <I> an input
 */
@State(Scope.Benchmark)
public abstract class Comparison<I> extends Measured {
  /** How many inputs one operation takes. */
  public static final int INPUTS = 1_000;

  /** The inputs, drawn by the subclass's setup. */
  protected I[] inputs;

  /** For subclasses. */
  protected Comparison() {}

  /**
   * The library's way.
   *
   * @param input an input
   * @return its result
   */
  protected abstract Object library(I input);

  /**
   * The baseline's way.
   *
   * @param input an input
   * @return its result
   */
  protected abstract Object baseline(I input);

  /**
   * The library's result in the form the baseline's takes, so that the two can be compared: the result itself unless
   * a subclass says otherwise.
   *
   * @param result a result of {@link #library(Object)}
   * @return the form to compare
   */
  protected Object asBaseline(Object result) {
    return result;
  }

  /**
   * Checks that both ways give equal results for every input: the last step of a subclass's setup.
   *
   * @param what what is compared, for the message
   * @throws IllegalStateException if they differ for an input
   */
  protected final void requireSame(String what) {
    for (I input : inputs) {
      Workload.requireSame(what + " of '" + input + "'", asBaseline(library(input)), baseline(input));
    }
  }

  /**
   * The library's way with every input.
   *
   * @param bh takes the results
   */
  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void library(Blackhole bh) {
    for (I input : inputs) {
      bh.consume(library(input));
    }
  }

  /**
   * The baseline's way with every input.
   *
   * @param bh takes the results
   */
  @Benchmark
  @OperationsPerInvocation(INPUTS)
  public void baseline(Blackhole bh) {
    for (I input : inputs) {
      bh.consume(baseline(input));
    }
  }
}
