package io.github.cpvmodel.document;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What identifies a Party document: number, type, issuing body and date of issue.
 *
 * <p>The number alone is not enough, because numbering restarts every term: <i>Chỉ thị 35-CT/TW</i> of
 * 2019-05-30 (toward the XIII Congress) and of 2024-06-14 (toward the XIV) are two documents. The type is part of
 * the key because "QĐ" numbers both <i>Quy định</i> and <i>Quyết định</i>, and the body because "/TW" numbers
 * the Central Committee, the Politburo and the Secretariat alike. Relations and terminations point at documents
 * by key.
 *
 * <pre>{@code
 * DocumentKey key = DocumentKey.of(DocumentNumber.parse("35-CT/TW"), DocumentType.DIRECTIVE,
 *     PartyBodies.POLITBURO, LocalDate.of(2019, 5, 30));
 * key.equals(PartyDocuments.DIRECTIVE_35_OF_2019); // true
 * }</pre>
 */
@Value.Immutable(builder = false)
@ModelStyle
public abstract class DocumentKey {
  DocumentKey() {}

  /** {@return the number, e.g. {@code 35-CT/TW}} */
  @Value.Parameter
  public abstract DocumentNumber number();

  /** {@return the type, e.g. {@link DocumentType#DIRECTIVE}} */
  @Value.Parameter
  public abstract DocumentType type();

  /** {@return the id of the issuing body, e.g. {@code cc/politburo}} */
  @Value.Parameter
  public abstract Id issuingBody();

  /** {@return the date of issue} */
  @Value.Parameter
  public abstract LocalDate issued();

  /**
   * A key.
   *
   * @param number the number
   * @param type the type
   * @param issuingBody the id of the issuing body
   * @param issued the date of issue
   * @return the key
   */
  public static DocumentKey of(DocumentNumber number, DocumentType type, Id issuingBody, LocalDate issued) {
    return ImmutableDocumentKey.of(number, type, issuingBody, issued);
  }

  /** Returns e.g. {@code 35-CT/TW of 2019-05-30 (directive, cc/politburo)}. */
  @Override
  public String toString() {
    return number() + " of " + issued() + " (" + type().code() + ", " + issuingBody() + ")";
  }
}
