/**
 * Generators of realistic Vietnamese text for property tests: people's names, place names, titles of documents
 * and meetings, Roman numerals, and deliberately awkward spellings of a text (decomposed, with the look-alike
 * Ð, in other cases, with stray and no-break spaces) to test normalisation and matching against.
 *
 * <p>The text package declares no rule, so there are no text mutations; the rules of Roman numerals belong to the
 * root package and are mutated in {@link io.github.cpvmodel.testkit.VocabularyMutations}.
 */
package io.github.cpvmodel.testkit.text;
