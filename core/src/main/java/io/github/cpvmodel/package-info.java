/**
 * The shared vocabulary of cpv-model: identifiers ({@link io.github.cpvmodel.Id}), date intervals
 * ({@link io.github.cpvmodel.Validity}), names in Vietnamese and English
 * ({@link io.github.cpvmodel.LocalizedName}), provenance ({@link io.github.cpvmodel.Source}), stable codes of
 * enumerations ({@link io.github.cpvmodel.Coded}), the Roman numerals in which congresses and terms are numbered
 * ({@link io.github.cpvmodel.RomanNumeral}) and the error model ({@link io.github.cpvmodel.Rule},
 * {@link io.github.cpvmodel.Violation}, {@link io.github.cpvmodel.ValidationException},
 * {@link io.github.cpvmodel.ParseException}).
 *
 * <p>This package depends on no other package of the library but {@link io.github.cpvmodel.text}; every domain
 * package depends on it.
 *
 * <h2>Conventions of every package</h2>
 * <ul>
 *   <li><b>Nulls:</b> none in, none out (the module is {@code @NullMarked}). A {@code null} argument throws
 *       {@link java.lang.NullPointerException} naming the parameter at once; absence is {@link java.util.Optional};
 *       collections are Guava immutable collections, never null, in a meaningful order that is preserved.</li>
 *   <li><b>Values</b> are immutable and safe to share between threads.</li>
 *   <li><b>Normalise, then validate:</b> text is trimmed, NFC-normalised and put in canonical case before it is
 *       checked. Bad input fails fast with a {@link io.github.cpvmodel.ValidationException} (an
 *       {@link java.lang.IllegalArgumentException}) whose message quotes the value, names the field and says what
 *       would be valid, and whose {@link io.github.cpvmodel.Violation violations} name the
 *       {@link io.github.cpvmodel.Rule rule} broken. Nothing is silently fixed.</li>
 *   <li><b>Intervals</b> of days include both their first and their last day ({@link io.github.cpvmodel.Validity}
 *       is closed), unlike java.time's {@code between}, which excludes its end; a method that takes an exclusive
 *       end says so in its parameter's name.</li>
 * </ul>
 *
 * <h2>Names of methods</h2>
 * One name means one thing across the library, as in java.time:
 * <table>
 *   <caption>What each prefix promises</caption>
 *   <tr><th>prefix</th><th>meaning</th><th>when there is no answer</th></tr>
 *   <tr><td>{@code of(…)}</td><td>a value from its parts</td><td>throws {@code ValidationException}</td></tr>
 *   <tr><td>{@code parse(text)}, {@code parseX(text)}</td><td>a value from its text form; {@code toString()}
 *       writes that form and {@code parse(x.toString()).equals(x)}</td><td>throws {@code ParseException}, with
 *       the input and the index</td></tr>
 *   <tr><td>{@code builder()}</td><td>a builder; {@code build()} checks like {@code of}</td><td>throws
 *       {@code ValidationException}</td></tr>
 *   <tr><td>{@code by…(key)}</td><td>the one value a key names (built-in data, a registry)</td><td>throws
 *       {@code ValidationException} naming the key and what is known</td></tr>
 *   <tr><td>{@code find…(key)}</td><td>the same look-up for callers to whom absence is no error</td><td>returns
 *       {@code Optional.empty()} (or an empty list where a key may name several)</td></tr>
 *   <tr><td>{@code find(text, position)}, {@code findLabel(text, position)}</td><td>the value that starts at a
 *       {@link java.text.ParsePosition} of a longer text, read as far as it makes sense; the position moves to its
 *       end</td><td>returns {@code Optional.empty()} or an empty list, and sets the position's error index</td></tr>
 *   <tr><td>{@code resolve(citation)}</td><td>what a citation that may be ambiguous refers to</td><td>returns an
 *       outcome that says found, ambiguous or not found</td></tr>
 *   <tr><td>{@code on(day)}, {@code …On(day)}</td><td>what stood on a day</td><td>an empty list or
 *       {@code Optional}</td></tr>
 *   <tr><td>{@code from(x)}</td><td>a conversion from a value of another type, nothing else</td><td>throws
 *       {@code ValidationException}</td></tr>
 *   <tr><td>{@code to…()}, {@code with…(v)}, {@code is…()}, {@code has…()}</td><td>a conversion, a copy with one
 *       change, a query</td><td>{@code with…} throws like {@code of}</td></tr>
 *   <tr><td>{@code validate(…)}</td><td>every violation of the rules a whole (a hierarchy, a registry, a
 *       dataset) breaks, as a list</td><td>never throws for broken rules: an empty list means valid; turn it
 *       into a rejection with {@link io.github.cpvmodel.ValidationException#requireNone}</td></tr>
 *   <tr><td>{@code require…(…)}</td><td>a check that passes its argument through</td><td>throws
 *       {@code ValidationException}</td></tr>
 * </table>
 */
package io.github.cpvmodel;
