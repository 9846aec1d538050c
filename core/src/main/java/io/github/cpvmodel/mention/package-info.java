/**
 * What a Vietnamese text cites: a {@link io.github.cpvmodel.mention.MentionFinder} reads an article, a report or a
 * document and finds every {@link io.github.cpvmodel.mention.Mention} of a value the model has (documents, reporting
 * periods, Party bodies, provinces, meetings, terms, posts and figures), with its span in the text as given, the value
 * read by the parser of that value, and what it {@linkplain io.github.cpvmodel.mention.Resolution resolves} to
 * against a {@link io.github.cpvmodel.mention.MentionContext}: the day the text was written and the documents,
 * bodies, posts and meetings known, built in or of a {@link io.github.cpvmodel.dataset.Dataset}.
 *
 * <p>This package sits on top of the library: it reads text with the parsers of the domain packages
 * ({@code DocumentReference.find}, {@code ReportingPeriod.findLabel}, {@code Occasion.find},
 * {@code ObservedValue.find}), names with the reference data, and may use the dataset; no package uses it.
 *
 * <p>No nulls in or out; absence is {@link java.util.Optional}; lists are Guava immutable lists in the order of the
 * text.
 */
package io.github.cpvmodel.mention;
