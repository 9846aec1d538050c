/**
 * The property engine: {@link io.github.cpvmodel.testkit.property.Gen generators} driven by nothing but a
 * {@link java.util.random.RandomGenerator}, a runner that records their draws, shrinks a counterexample by shrinking
 * those draws and reports it with the seed that replays it ({@link io.github.cpvmodel.testkit.property.Property}),
 * and the check that invalid input is rejected for the rule it breaks
 * ({@link io.github.cpvmodel.testkit.property.Mutation}, {@link io.github.cpvmodel.testkit.property.Rules}).
 *
 * <p>Nothing here knows a domain type. {@code Mutation} and {@code Rules} know only the library's error model
 * ({@link io.github.cpvmodel.Rule}, {@link io.github.cpvmodel.ValidationException}), which every package shares, and
 * {@code Property.rejects} checks mutations, so they live with the runner: kept beside the vocabulary generators they
 * would make this package and that one depend on each other. Every message of the engine quotes text through
 * {@link io.github.cpvmodel.testkit.property.Show#value}.
 */
package io.github.cpvmodel.testkit.property;
