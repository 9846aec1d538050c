/**
 * Generators of texts that cite the values of the model, written as the press writes them, and of the contexts a
 * {@link io.github.cpvmodel.mention.MentionFinder} reads them in
 * ({@link io.github.cpvmodel.testkit.mention.MentionGenerators}); one invalid mutation per rule of the mention
 * package ({@link io.github.cpvmodel.testkit.mention.MentionMutations}).
 */
package io.github.cpvmodel.testkit.mention;
