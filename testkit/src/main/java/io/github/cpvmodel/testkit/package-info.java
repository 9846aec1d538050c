/**
 * Generators of the shared vocabulary of cpv-model ({@link io.github.cpvmodel.testkit.VocabularyGenerators}) and one
 * invalid mutation per rule it declares ({@link io.github.cpvmodel.testkit.VocabularyMutations}).
 *
 * <h2>How the testkit is laid out</h2>
 * The property engine, which knows nothing of the domain, is in {@link io.github.cpvmodel.testkit.property}. Every
 * other package mirrors a package of the library and holds two classes: {@code XGenerators}, whose methods return
 * generators of valid values, and {@code XMutations}, whose {@code all()} returns one invalid mutation per rule of
 * that package, for {@link io.github.cpvmodel.testkit.property.Property#rejects(java.util.Collection)} and
 * {@link io.github.cpvmodel.testkit.property.Rules#assertCovered}. {@code text} declares no rule, so it has no
 * mutations.
 */
package io.github.cpvmodel.testkit;
