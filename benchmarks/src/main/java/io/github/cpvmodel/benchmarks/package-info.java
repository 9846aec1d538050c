/**
 * The JMH benchmarks of cpv-model, each with its baseline on the same data in the same run, and {@link
 * io.github.cpvmodel.benchmarks.Suite}, which runs them all and prints the ratio of each target.
 *
 * <p>The data comes from the testkit's generators, seeded ({@link io.github.cpvmodel.benchmarks.Workload}); before
 * anything is timed, each setup checks that the paths it compares compute equal results, and a difference fails
 * the run. The packages below mirror those of the library: {@code progress} (roll-ups, observations, period labels),
 * {@code dataset}, {@code document}, {@code reference} and {@code text}.
 *
 * <p>Run everything with {@code benchmarks/run} (or {@code benchmarks/run --quick}) from the repository's root.
 */
package io.github.cpvmodel.benchmarks;
