/**
 * Property-based testing for cpv-model and the code that uses it: {@link io.github.cpvmodel.testkit.Gen
 * generators} driven by a plain {@link java.util.random.RandomGenerator}, {@link io.github.cpvmodel.testkit.Mutation
 * invalid mutations} that each break one named rule, and a runner.
 *
 * <p>Null policy: no nulls in or out; generators never produce {@code null}.
 */
package io.github.cpvmodel.testkit;
