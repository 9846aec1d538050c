/**
 * Generators of {@link io.github.cpvmodel.person people, posts and tenures}, valid by construction, and one invalid
 * mutation per rule of that package ({@link io.github.cpvmodel.testkit.person.PersonMutations}).
 */
package io.github.cpvmodel.testkit.person;
