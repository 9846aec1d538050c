package io.github.cpvmodel.document;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Violation;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The answer of a {@link DocumentRegistry} to a reference: the one document meant, several candidates, none, or
 * only documents issued after the date of the citation.
 *
 * <pre>{@code
 * Lookup lookup = PartyDocuments.registry().resolve(DocumentReference.parse("Chỉ thị 35"),
 *     LocalDate.of(2019, 9, 30));
 * lookup.document();                 // Optional[Chỉ thị 35-CT/TW of 2019-05-30 …]
 * lookup.violation("citations[0]");  // empty: nothing to report
 * }</pre>
 *
 * <p>For a check over many citations, {@link #violation} turns every answer but {@link Outcome#FOUND} into a
 * {@link Violation} of rule {@link #UNKNOWN_DOCUMENT}, {@link #AMBIGUOUS_REFERENCE} or {@link #CITED_BEFORE_ISSUE}.
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract class Lookup {
  /** A cited document is known. */
  public static final Rule UNKNOWN_DOCUMENT = Rule.of("document-lookup.unknown-document",
      "a cited document must be in the registry");

  /** A citation means one document. */
  public static final Rule AMBIGUOUS_REFERENCE = Rule.of("document-lookup.ambiguous-reference",
      "a citation must mean one document: give the full number, the type, or resolve it by date or term");

  /** A document is not cited before it is issued. */
  public static final Rule CITED_BEFORE_ISSUE = Rule.of("document-lookup.cited-before-issue",
      "a document is not cited before its date of issue");

  /** What a look-up found. */
  public enum Outcome {
    /** Exactly one document: {@link #document()}. */
    FOUND,
    /** Several documents; {@link #candidates()} lists them. */
    AMBIGUOUS,
    /** No document. */
    NOT_FOUND,
    /** Only documents issued after the date of the citation; {@link #candidates()} lists them. */
    NOT_YET_ISSUED
  }

  Lookup() {}

  /** {@return what was looked up, for messages: "Chỉ thị 35 cited on 2019-09-30"} */
  @Value.Parameter
  public abstract String query();

  /** {@return what was found} */
  @Value.Parameter
  public abstract Outcome outcome();

  /**
   * The documents found, by date of issue.
   *
   * @return one document when {@link Outcome#FOUND}, several when {@link Outcome#AMBIGUOUS}, the later documents
   *     when {@link Outcome#NOT_YET_ISSUED}, none when {@link Outcome#NOT_FOUND}
   */
  @Value.Parameter
  public abstract ImmutableList<Document> candidates();

  static Lookup of(String query, ImmutableList<Document> candidates) {
    Outcome outcome = candidates.isEmpty() ? Outcome.NOT_FOUND
        : candidates.size() == 1 ? Outcome.FOUND : Outcome.AMBIGUOUS;
    return ImmutableLookup.of(query, outcome, candidates);
  }

  static Lookup notYetIssued(String query, ImmutableList<Document> later) {
    return ImmutableLookup.of(query, Outcome.NOT_YET_ISSUED, later);
  }

  /** {@return the document meant, if exactly one was found ({@link Outcome#FOUND})} */
  public Optional<Document> document() {
    return outcome() == Outcome.FOUND ? Optional.of(candidates().get(0)) : Optional.empty();
  }

  /** {@return whether exactly one document was found ({@link Outcome#FOUND})} */
  public boolean isFound() {
    return outcome() == Outcome.FOUND;
  }

  /**
   * What is wrong with the citation this look-up answered, for a check that collects violations.
   *
   * @param path where the citation sits, e.g. {@code meetings[0].citations[2]}
   * @return a violation of {@link #UNKNOWN_DOCUMENT}, {@link #AMBIGUOUS_REFERENCE} or {@link #CITED_BEFORE_ISSUE},
   *     or empty when one document was found
   */
  public Optional<Violation> violation(String path) {
    switch (outcome()) {
      case AMBIGUOUS:
        return Optional.of(AMBIGUOUS_REFERENCE.violation(path,
            String.format("'%s' may mean any of %s", query(), keys())));
      case NOT_FOUND:
        return Optional.of(UNKNOWN_DOCUMENT.violation(path, String.format("'%s' matches no document", query())));
      case NOT_YET_ISSUED:
        return Optional.of(CITED_BEFORE_ISSUE.violation(path,
            String.format("'%s' matches only documents issued later, each after the day even by its earliest "
                + "possible date of issue: %s", query(), keys())));
      default:
        return Optional.empty();
    }
  }

  /** The candidates' keys; a date known in part is given with its bounds, so a message says which bound it used. */
  private String keys() {
    return candidates().stream()
        .map(d -> d.key() + (d.issued().isExact() ? "" : " [issued " + d.issued().describe() + "]"))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  /** Returns e.g. {@code Chỉ thị 35 cited on 2019-09-30: FOUND [35-CT/TW of 2019-05-30 (…)]}. */
  @Override
  public String toString() {
    return query() + ": " + outcome() + " " + keys();
  }
}
