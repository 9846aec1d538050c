/**
 * Generators of {@link io.github.cpvmodel.meeting meetings} and of whole {@link io.github.cpvmodel.dataset.Dataset
 * datasets} whose references all resolve, valid by construction, and one invalid
 * {@link io.github.cpvmodel.testkit.Mutation mutation} per rule of the meeting package and of the dataset.
 *
 * <p>Null policy: no nulls in or out; generators never produce {@code null}.
 */
package io.github.cpvmodel.testkit.meeting;
