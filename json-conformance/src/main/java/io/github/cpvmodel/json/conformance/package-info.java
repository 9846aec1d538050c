/**
 * What every JSON module of cpv-model must do alike, checked the same way in each: {@link
 * io.github.cpvmodel.json.conformance.Fixtures} reads a directory of fixture files (valid documents that must read
 * and write back byte for byte, invalid ones with every expected problem, NDJSON feeds) and runs them through a
 * module's {@link io.github.cpvmodel.json.conformance.Binding}; {@link
 * io.github.cpvmodel.json.conformance.GeneratedValues} gives a generator for every type with a wire format, for
 * {@code read(write(x))} properties. Not published: the JSON modules' tests depend on it.
 */
package io.github.cpvmodel.json.conformance;
