/**
 * Generators of realistic Vietnamese text for property tests: people's names, place names, titles of documents
 * and meetings, Roman numerals, and deliberately awkward spellings of a text (decomposed, with the look-alike
 * Ð, in other cases, with stray and no-break spaces) to test normalisation and matching against.
 *
 * <p>Null policy: no nulls in or out; generators never produce {@code null}.
 */
package io.github.cpvmodel.testkit.text;
