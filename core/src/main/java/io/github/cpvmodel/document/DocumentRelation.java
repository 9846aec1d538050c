package io.github.cpvmodel.document;

import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import org.immutables.value.Value;

/**
 * A typed relation from one document to an earlier one: "<i>Chỉ thị 35-CT/TW</i> (2019) <b>summarizes</b>
 * <i>Chỉ thị 36-CT/TW</i> (2014)". A relation points at documents by {@link DocumentKey}; a
 * {@link DocumentRegistry} checks that both exist and that the target is not the later one, and answers queries in
 * both directions.
 *
 * <pre>{@code
 * DocumentRelation.unverified(PartyDocuments.DIRECTIVE_35_OF_2019, RelationKind.SUMMARIZES,
 *     PartyDocuments.DIRECTIVE_36);
 * }</pre>
 *
 * <p>A relation the sources do not confirm is marked {@linkplain #verified() unverified}. Rejects a relation of a
 * document to itself (rule {@link #SELF}).
 */
@Value.Immutable
@ModelStyle
public abstract class DocumentRelation {
  /** A document does not relate to itself. */
  public static final Rule SELF = Rule.of("document-relation.self",
      "a relation links two different documents");

  DocumentRelation() {}

  /** {@return the key of the document that states the relation: the later one} */
  @Value.Parameter
  public abstract DocumentKey document();

  /** {@return the kind of relation, read from {@link #document()} to {@link #target()}} */
  @Value.Parameter
  public abstract RelationKind kind();

  /** {@return the key of the document related to: the earlier one} */
  @Value.Parameter
  public abstract DocumentKey target();

  /** {@return whether a source confirms the relation; true unless marked unverified} */
  @Value.Default
  public boolean verified() {
    return true;
  }

  /**
   * A confirmed relation.
   *
   * @param document the later document
   * @param kind the kind
   * @param target the earlier document
   * @return the relation
   * @throws ValidationException if both keys are equal (rule {@link #SELF})
   */
  public static DocumentRelation of(DocumentKey document, RelationKind kind, DocumentKey target) {
    return ImmutableDocumentRelation.of(document, kind, target);
  }

  /**
   * A relation the sources do not confirm.
   *
   * @param document the later document
   * @param kind the kind
   * @param target the earlier document
   * @return the relation, marked unverified
   * @throws ValidationException if both keys are equal (rule {@link #SELF})
   */
  public static DocumentRelation unverified(DocumentKey document, RelationKind kind, DocumentKey target) {
    return ImmutableDocumentRelation.builder().document(document).kind(kind).target(target).verified(false)
        .build();
  }

  @Value.Check
  void check() {
    SELF.require(!document().equals(target()), "target", "'%s' %s itself", document(),
        kind().label().en().orElseThrow());
  }

  /** Returns e.g. {@code 35-CT/TW of 2019-05-30 (…) summarizes 36-CT/TW of 2014-05-30 (…)}. */
  @Override
  public String toString() {
    return document() + " " + kind().label().en().orElseThrow() + " " + target()
        + (verified() ? "" : " [unverified]");
  }
}
