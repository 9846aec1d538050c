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
 * <p><b>Resolution by date.</b> A reference cited on a day means a matching document issued on or before that day;
 * when several are, the one in force that day if exactly one is; otherwise the answer is
 * {@link Lookup.Outcome#AMBIGUOUS} with the candidates. Nothing is picked by recency: numbers restart every term,
 * so "the latest" is a guess. <b>Resolution by term</b> takes the documents issued within the term's interval.
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

  private static final Comparator<Document> BY_ISSUE = Comparator.comparing(Document::issued);

  DocumentRegistry() {}

  /** {@return the documents, in the order given} */
  public abstract ImmutableList<Document> documents();

  /** {@return the relations, in the order given} */
  public abstract ImmutableList<DocumentRelation> relations();

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
          violations.add(ORDER.violation(path, String.format("'%s' ends '%s' on %s, before its own issue",
              by, document.key(), termination.get().on())));
        }
      }
    }
    for (int i = 0; i < relations.size(); i++) {
      DocumentRelation relation = relations.get(i);
      String path = "relations[" + i + "]";
      boolean knownDocument = checkKnown(index, relation.document(), path + ".document", violations);
      boolean knownTarget = checkKnown(index, relation.target(), path + ".target", violations);
      if (knownDocument && knownTarget && relation.document().issued().isBefore(relation.target().issued())) {
        violations.add(ORDER.violation(path, String.format("'%s' is issued before its target",
            relation)));
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
    return documents().stream().sorted(BY_ISSUE)
        .collect(ImmutableListMultimap.toImmutableListMultimap(d -> d.number().sequence(), Function.identity()));
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
   *     several bodies and each issued a document with that number that day
   */
  public Lookup resolve(DocumentNumber number, LocalDate issued) {
    return Lookup.of(number + " of " + issued,
        matching(d -> d.number().equals(number) && d.issued().equals(issued), number.sequence()));
  }

  /**
   * Every document a reference can mean, whatever its date.
   *
   * @param reference the reference, e.g. "Chỉ thị 35"
   * @return FOUND, AMBIGUOUS (e.g. 35-CT/TW of 2019 and of 2024) or NOT_FOUND
   */
  public Lookup resolve(DocumentReference reference) {
    return Lookup.of(describe(reference), matching(reference::matches, reference.sequence()));
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
    ImmutableList<Document> all = matching(reference::matches, reference.sequence());
    ImmutableList<Document> issued = filter(all, d -> !d.issued().isAfter(citedOn));
    if (issued.isEmpty() && !all.isEmpty()) {
      return Lookup.notYetIssued(query, all);
    }
    ImmutableList<Document> inForce = filter(issued, d -> d.isInForceOn(citedOn));
    return Lookup.of(query, inForce.size() == 1 ? inForce : issued);
  }

  /**
   * The document a reference means among those issued in a term (<i>nhiệm kỳ</i>), within which numbers do not
   * repeat.
   *
   * @param reference the reference, e.g. "Chỉ thị 35"
   * @param term the days of the term, e.g. {@code 2016-01-29/2021-02-01}
   * @return FOUND, AMBIGUOUS or NOT_FOUND
   */
  public Lookup resolve(DocumentReference reference, Validity term) {
    return Lookup.of(describe(reference) + " issued in " + term,
        matching(d -> reference.matches(d) && term.contains(d.issued()), reference.sequence()));
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

  private ImmutableList<Document> matching(Predicate<Document> predicate, int sequence) {
    return filter(bySequence().get(sequence), predicate);
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
