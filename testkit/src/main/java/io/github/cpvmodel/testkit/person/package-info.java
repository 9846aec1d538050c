/**
 * Generators of {@link io.github.cpvmodel.person people, posts and tenures}, valid by construction, and one invalid
 * {@link io.github.cpvmodel.testkit.Mutation mutation} per rule of that package.
 *
 * <p>Null policy: no nulls in or out; generators never produce {@code null}.
 */
package io.github.cpvmodel.testkit.person;
