/**
 * Generators of {@link io.github.cpvmodel.body Party bodies}, hierarchies and changes, valid by construction, and one
 * invalid mutation per rule of that package ({@link io.github.cpvmodel.testkit.body.BodyMutations}).
 */
package io.github.cpvmodel.testkit.body;
