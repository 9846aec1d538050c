/**
 * Runnable programs that use cpv-model as a user would. {@link io.github.cpvmodel.examples.Demonstration} builds
 * the online briefing of the Central Organisation Commission of 30 September 2019 from the public API and the
 * built-in reference data, validates it as a dataset and prints a summary in Vietnamese and English;
 * {@link io.github.cpvmodel.examples.TimeQuestions} answers questions whose answer depends on the day asked about.
 * {@link io.github.cpvmodel.examples.Mentions} finds what the article reporting the briefing cites, and what each
 * mention resolves to. The JSON validator {@code cpv-validate} is in {@link io.github.cpvmodel.examples.validator}.
 *
 * <p>Null policy: no nulls in or out.
 */
package io.github.cpvmodel.examples;
