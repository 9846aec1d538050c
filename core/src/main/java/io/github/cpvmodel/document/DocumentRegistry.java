package io.github.cpvmodel.document;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.Violation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * A consistent set of documents and the relations between them, with the queries that documents are looked up by:
 * by key, by number and date of issue, and by a {@link DocumentReference} such as "Chỉ thị 35" against the date of
 * the citation or a term; relations in both directions.
 *
 * <pre>{@code
 * DocumentRegistry registry = PartyDocuments.registry();
 * registry.resolve(DocumentReference.parse("Chỉ thị 35")).outcome(); // AMBIGUOUS: of 2019 and of 2024
 * registry.resolve(DocumentReference.parse("Chỉ thị 35"), LocalDate.of(2019, 9, 30)).document(); // the 2019 one
 * registry.resolve(DocumentNumber.parse("205-QĐ/TW"), LocalDate.of(2019, 9, 23)).isFound(); // true
 * registry.byKey(PartyDocuments.REGULATION_205).type(); // REGULATION
 * registry.referrersOf(PartyDocuments.DIRECTIVE_36, RelationKind.SUMMARIZES); // [35-CT/TW of 2019]
 * }</pre>
 *
 * <p><b>Resolution by date follows the numbering.</b> Numbers restart every term, so a reference cited on a day
 * means, among the matching documents that may have been issued by then:
 * <ol>
 *   <li>the one issued in the {@linkplain #terms() term} that contains the day, if any is;</li>
 *   <li>else the one {@linkplain Document#statusOn known to be in force} that day, if exactly one is;</li>
 *   <li>else the answer is {@link Lookup.Outcome#AMBIGUOUS} with the candidates.</li>
 * </ol>
 * Nothing is picked by recency ("the latest" is a guess), and a document that was replaced does not make an older
 * namesake win: 35-CT/TW of 2024, replaced by 45-CT/TW on 2025-04-14, is still what "Chỉ thị 35" means when cited
 * in 2025, because it was issued in that term. <b>Resolution by term</b> takes the documents that may have been
 * issued within the term's days. Dates known in part are compared conservatively (see {@link IssueDate}): a document
 * issued "in 1/2012" may have been issued on any day of the month, so it counts as issued by a day in January, and
 * the messages of {@link Lookup} give its bounds.
 *
 * <p>Rejects (collecting every violation, with paths such as {@code documents[3]} and {@code relations[1].target})
 * a document listed twice (rule {@link #DUPLICATE}), a relation or termination that points at a document not in
 * the registry (rule {@link #UNKNOWN}), and a relation to a later document or a termination before the ending
 * document was issued (rule {@link #ORDER}). {@link #validate} gives the same checks without throwing.
 */
@Value.Immutable
@ModelStyle
public abstract class DocumentRegistry {
  /** Each document appears once. */
  public static final Rule DUPLICATE = Rule.of("document-registry.duplicate",
      "each document (number, type, issuing body, date of issue) appears once");

  /** Relations and terminations point at documents in the registry. */
  public static final Rule UNKNOWN = Rule.of("document-registry.unknown",
      "relations and terminations point at documents in the registry");

  /** Relations and terminations respect the dates of issue. */
  public static final Rule ORDER = Rule.of("document-registry.order",
      "a document relates only to documents issued on or before its own date of issue, and ends no document "
          + "before it is itself issued");

  private static final Comparator<Document> BY_ISSUE = Comparator.comparing(Document::issued, IssueDate.ORDER);

  DocumentRegistry() {}

  /** {@return the documents, in the order given} */
  public abstract ImmutableList<Document> documents();

  /** {@return the relations, in the order given} */
  public abstract ImmutableList<DocumentRelation> relations();

  /**
   * The terms within which document numbers run, used to resolve a reference cited on a day; for Central
   * Committee documents, {@code NationalCongresses.terms()}.
   *
   * @return the days of each term, in the order given; empty when the registry resolves without terms
   */
  public abstract ImmutableList<Validity> terms();

  /**
   * A registry.
   *
   * @param documents the documents
   * @param relations the relations between them
   * @return the registry
   * @throws ValidationException with every violation of {@link #DUPLICATE}, {@link #UNKNOWN} and {@link #ORDER}
   */
  public static DocumentRegistry of(Iterable<? extends Document> documents,
      Iterable<? extends DocumentRelation> relations) {
    return builder().addAllDocuments(documents).addAllRelations(relations).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocumentRegistry}; {@code build()} validates. */
  public static final class Builder extends ImmutableDocumentRegistry.Builder {
    Builder() {}
  }

  /**
   * Every violation of {@link #DUPLICATE}, {@link #UNKNOWN} and {@link #ORDER} in a set of documents and relations,
   * without throwing: for an aggregate that collects the violations of all its parts.
   *
   * @param documents the documents; paths are {@code documents[i]…}
   * @param relations the relations; paths are {@code relations[i]…}
   * @return the violations in the order of the lists, empty if the set is consistent
   */
  public static ImmutableList<Violation> validate(List<Document> documents, List<DocumentRelation> relations) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    Map<DocumentKey, Document> index = DUPLICATE.index(documents, Document::key, "documents[%d]", violations::add);
    for (int i = 0; i < documents.size(); i++) {
      Document document = documents.get(i);
      Optional<Termination> termination = document.termination();
      if (termination.isPresent() && termination.get().by().isPresent()) {
        DocumentKey by = termination.get().by().get();
        String path = "documents[" + i + "].termination.by";
        if (checkKnown(index, by, path, violations) && by.issued().isAfter(termination.get().on())) {
          violations.add(ORDER.violation(path, String.format("'%s' ends '%s' on %s, before its own issue on %s",
              by, document.key(), termination.get().on(), by.issued().describe())));
        }
      }
    }
    for (int i = 0; i < relations.size(); i++) {
      DocumentRelation relation = relations.get(i);
      String path = "relations[" + i + "]";
      boolean knownDocument = checkKnown(index, relation.document(), path + ".document", violations);
      boolean knownTarget = checkKnown(index, relation.target(), path + ".target", violations);
      if (knownDocument && knownTarget && relation.document().issued().isBefore(relation.target().issued())) {
        violations.add(ORDER.violation(path, String.format("'%s' is issued (%s) before its target (%s)",
            relation, relation.document().issued().describe(), relation.target().issued().describe())));
      }
    }
    return violations.build();
  }

  private static boolean checkKnown(Map<DocumentKey, Document> index, DocumentKey key, String path,
      ImmutableList.Builder<Violation> violations) {
    if (index.containsKey(key)) {
      return true;
    }
    violations.add(UNKNOWN.violation(path, String.format("'%s' is not in the registry", key)));
    return false;
  }

  @Value.Check
  void check() {
    ValidationException.requireNone(validate(documents(), relations()));
  }

  @Value.Lazy
  ImmutableMap<DocumentKey, Document> documentsByKey() {
    return documents().stream().collect(ImmutableMap.toImmutableMap(Document::key, Function.identity()));
  }

  @Value.Lazy
  ImmutableListMultimap<Integer, Document> bySequence() {
    return byIssue().stream().filter(Document::isNumbered)
        .collect(ImmutableListMultimap.toImmutableListMultimap(d -> d.number().orElseThrow().sequence(),
            Function.identity()));
  }

  @Value.Lazy
  ImmutableList<Document> byIssue() {
    return ImmutableList.sortedCopyOf(BY_ISSUE, documents());
  }

  @Value.Lazy
  ImmutableListMultimap<DocumentKey, DocumentRelation> relationsByDocument() {
    return Multimaps.index(relations(), DocumentRelation::document);
  }

  @Value.Lazy
  ImmutableListMultimap<DocumentKey, DocumentRelation> relationsByTarget() {
    return Multimaps.index(relations(), DocumentRelation::target);
  }

  /**
   * The document with a key.
   *
   * @param key the key
   * @return the document, or empty if it is not in the registry
   */
  public Optional<Document> find(DocumentKey key) {
    return Optional.ofNullable(documentsByKey().get(key));
  }

  /**
   * The document with a key, which must be in the registry.
   *
   * @param key the key
   * @return the document
   * @throws ValidationException if it is not in the registry (rule {@link Lookup#UNKNOWN_DOCUMENT})
   */
  public Document byKey(DocumentKey key) {
    return find(key).orElseThrow(() -> new ValidationException(Lookup.UNKNOWN_DOCUMENT.violation("key",
        String.format("'%s' is not one of the %d documents of the registry", key, documents().size()))));
  }

  /**
   * The document with a number issued on a day.
   *
   * @param number the number, e.g. {@code 35-CT/TW}
   * @param issued the date of issue, e.g. 2019-05-30
   * @return FOUND, NOT_FOUND, or AMBIGUOUS when the number's code is shared by two types or the issuer code by
   *     several bodies and each issued a document with that number that day; a document whose date is known in
   *     part matches every day it may be
   */
  public Lookup resolve(DocumentNumber number, LocalDate issued) {
    return Lookup.of(number + " of " + issued, filter(bySequence().get(number.sequence()),
        d -> d.number().equals(Optional.of(number)) && d.issued().mayBe(issued)));
  }

  /**
   * Every document a reference can mean, whatever its date.
   *
   * @param reference the reference, e.g. "Chỉ thị 35"
   * @return FOUND, AMBIGUOUS (e.g. 35-CT/TW of 2019 and of 2024) or NOT_FOUND
   */
  public Lookup resolve(DocumentReference reference) {
    return Lookup.of(describe(reference), matching(reference));
  }

  /**
   * The document a reference means when cited on a day (see the class description).
   *
   * @param reference the reference, e.g. "Chỉ thị 35"
   * @param citedOn the day of the citation, e.g. the date of a meeting
   * @return FOUND, AMBIGUOUS, NOT_FOUND, or NOT_YET_ISSUED when only later documents match
   */
  public Lookup resolve(DocumentReference reference, LocalDate citedOn) {
    String query = describe(reference) + " cited on " + citedOn;
    ImmutableList<Document> all = matching(reference);
    ImmutableList<Document> issued = filter(all, d -> !d.issued().isAfter(citedOn));
    if (issued.isEmpty() && !all.isEmpty()) {
      return Lookup.notYetIssued(query, all);
    }
    Optional<Validity> term = terms().stream().filter(t -> t.contains(citedOn)).findFirst();
    ImmutableList<Document> inTerm = term.map(t -> filter(issued, d -> d.issued().days().overlaps(t)))
        .orElse(ImmutableList.of());
    ImmutableList<Document> candidates = inTerm.isEmpty() ? issued : inTerm;
    if (candidates.size() > 1) {
      ImmutableList<Document> inForce = filter(candidates, d -> d.isInForceOn(citedOn));
      if (inForce.size() == 1) {
        return Lookup.of(query, inForce);
      }
    }
    return Lookup.of(query, candidates);
  }

  /**
   * The document a reference means among those issued in a term (<i>nhiệm kỳ</i>), within which numbers do not
   * repeat.
   *
   * @param reference the reference, e.g. "Chỉ thị 35"
   * @param term the days of the term, e.g. {@code 2016-01-27/2021-01-30}
   * @return FOUND, AMBIGUOUS or NOT_FOUND; a document whose date is known in part counts when it may have been
   *     issued in the term
   */
  public Lookup resolve(DocumentReference reference, Validity term) {
    return Lookup.of(describe(reference) + " issued in " + term,
        filter(matching(reference), d -> d.issued().days().overlaps(term)));
  }

  /**
   * The relations a document states.
   *
   * @param document the key of the document
   * @return the relations whose {@link DocumentRelation#document()} it is, in registry order
   */
  public ImmutableList<DocumentRelation> relationsFrom(DocumentKey document) {
    return relationsByDocument().get(document);
  }

  /**
   * The relations that point at a document.
   *
   * @param document the key of the document
   * @return the relations whose {@link DocumentRelation#target()} it is, in registry order
   */
  public ImmutableList<DocumentRelation> relationsTo(DocumentKey document) {
    return relationsByTarget().get(document);
  }

  /**
   * The documents a document relates to in one way: what it supersedes, guides, summarizes.
   *
   * @param document the key of the document
   * @param kind the kind of relation
   * @return the targets, in registry order of the relations
   */
  public ImmutableList<Document> targetsOf(DocumentKey document, RelationKind kind) {
    return relationsFrom(document).stream().filter(r -> r.kind() == kind).map(r -> documentsByKey().get(r.target()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The documents that relate to a document in one way: what supersedes it, guides it, summarizes it.
   *
   * @param document the key of the document
   * @param kind the kind of relation
   * @return the documents stating such a relation to it, in registry order of the relations
   */
  public ImmutableList<Document> referrersOf(DocumentKey document, RelationKind kind) {
    return relationsTo(document).stream().filter(r -> r.kind() == kind).map(r -> documentsByKey().get(r.document()))
        .collect(ImmutableList.toImmutableList());
  }

  private ImmutableList<Document> matching(DocumentReference reference) {
    List<Document> candidates = reference.sequence().isPresent()
        ? bySequence().get(reference.sequence().getAsInt()) : byIssue();
    return filter(candidates, reference::matches);
  }

  private static ImmutableList<Document> filter(List<Document> documents, Predicate<Document> predicate) {
    return documents.stream().filter(predicate).collect(ImmutableList.toImmutableList());
  }

  private static String describe(DocumentReference reference) {
    return reference.original().orElseGet(reference::toString);
  }

  /** Returns e.g. {@code DocumentRegistry of 8 documents and 2 relations}. */
  @Override
  public String toString() {
    return "DocumentRegistry of " + documents().size() + " documents and " + relations().size() + " relations";
  }
}
