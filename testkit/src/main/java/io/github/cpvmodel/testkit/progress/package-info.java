/**
 * Generators of valid progress values (reporting periods, observed values, indicators, observations, targets, tasks
 * and task groups) and one invalid mutation per rule of the progress package
 * ({@link io.github.cpvmodel.testkit.progress.ProgressMutations}).
 */
package io.github.cpvmodel.testkit.progress;
