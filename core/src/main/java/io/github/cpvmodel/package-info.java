/**
 * The shared vocabulary of cpv-model: identifiers ({@link io.github.cpvmodel.Id}), date intervals
 * ({@link io.github.cpvmodel.Validity}), names in Vietnamese and English
 * ({@link io.github.cpvmodel.LocalizedName}), provenance ({@link io.github.cpvmodel.Source}), stable codes of
 * enumerations ({@link io.github.cpvmodel.Coded}) and the error model ({@link io.github.cpvmodel.Rule},
 * {@link io.github.cpvmodel.Violation}, {@link io.github.cpvmodel.ValidationException}).
 *
 * <h2>Conventions of every package</h2>
 * <ul>
 *   <li><b>Nulls:</b> none in, none out. A {@code null} argument throws {@link java.lang.NullPointerException}
 *       naming the parameter at once; absence is {@link java.util.Optional}; collections are Guava immutable
 *       collections, never null, in a meaningful order that is preserved.</li>
 *   <li><b>Values</b> are immutable and safe to share between threads. They are built with {@code X.of(...)},
 *       {@code X.builder()}, {@code X.parse(text)} for text-like types (whose {@code toString()} is the canonical
 *       form, so {@code X.parse(x.toString()).equals(x)}) and copied with {@code withY(...)}.</li>
 *   <li><b>Normalise, then validate:</b> text is trimmed, NFC-normalised and put in canonical case before it is
 *       checked. Bad input fails fast with a {@link io.github.cpvmodel.ValidationException} (an
 *       {@link java.lang.IllegalArgumentException}) whose message quotes the value, names the field and says what
 *       would be valid, and whose {@link io.github.cpvmodel.Violation violations} name the
 *       {@link io.github.cpvmodel.Rule rule} broken. Nothing is silently fixed.</li>
 * </ul>
 */
package io.github.cpvmodel;
