/**
 * {@code cpv-validate}, a command that checks JSON files of the cpv-model wire format: datasets, single values and
 * NDJSON feeds, reporting every problem with its file, line, column, JSON Pointer and rule, as text or as one JSON
 * document. {@link io.github.cpvmodel.examples.validator.CpvValidate} is the entry point, packaged by the examples
 * module as the self-contained {@code cpv-validate.jar}.
 *
 * <p>Null policy: no nulls in or out.
 */
package io.github.cpvmodel.examples.validator;
