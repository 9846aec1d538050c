/**
 * Generators of valid progress values (reporting periods, observed values, indicators, observations, targets,
 * tasks and task groups) and one {@link io.github.cpvmodel.testkit.Mutation mutation} per validation rule of the
 * progress package, in {@link io.github.cpvmodel.testkit.progress.ProgressGenerators}.
 *
 * <p>Null policy: no nulls in or out; generators never produce {@code null}.
 */
package io.github.cpvmodel.testkit.progress;
