package io.github.cpvmodel.document;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What identifies a Party document: number, type, issuing body and date of issue; for a document without a number,
 * type, issuing body, date of issue and title.
 *
 * <p>The number alone is not enough, because numbering restarts every term: <i>Chỉ thị 35-CT/TW</i> of
 * 2019-05-30 (toward the XIII Congress) and of 2024-06-14 (toward the XIV) are two documents. The type is part of
 * the key because "QĐ" numbers both <i>Quy định</i> and <i>Quyết định</i>, and the body because "/TW" numbers
 * the Central Committee, the Politburo and the Secretariat alike. Relations and terminations point at documents
 * by key.
 *
 * <p><b>Unnumbered documents.</b> The Charter, the Political Platform, congress resolutions and the decisions the
 * press reports without a number (<i>Bộ Chính trị chỉ định…</i>) have no number. Their identity is type, issuing
 * body, date of issue (possibly known only in part, see {@link IssueDate}) and the Vietnamese title, normalised:
 * the Politburo may appoint two provincial secretaries on one day, and only the title (<i>chỉ định đồng chí … giữ
 * chức Bí thư Tỉnh ủy …</i>) tells the two decisions apart. Correcting the title of an unnumbered document
 * therefore makes another key; a numbered document's key does not hold its title.
 *
 * <pre>{@code
 * DocumentKey key = DocumentKey.of(DocumentNumber.parse("35-CT/TW"), DocumentType.DIRECTIVE,
 *     PartyBodies.POLITBURO, LocalDate.of(2019, 5, 30));
 * key.equals(PartyDocuments.DIRECTIVE_35_OF_2019); // true
 * }</pre>
 *
 * <p>Rejects a key with both a number and a title, or with neither (rule {@link #IDENTITY}).
 */
@Value.Immutable
@ModelStyle
public abstract class DocumentKey {
  /** A key has a number or, for an unnumbered document, a title; not both. */
  public static final Rule IDENTITY = Rule.of("document-key.identity",
      "a numbered document is identified by its number, an unnumbered one by its title: a key holds one of the "
          + "two, and a title with a visible character");

  DocumentKey() {}

  /** {@return the number, e.g. {@code 35-CT/TW}; empty for an unnumbered document} */
  public abstract Optional<DocumentNumber> number();

  /** {@return the type, e.g. {@link DocumentType#DIRECTIVE}} */
  public abstract DocumentType type();

  /** {@return the id of the issuing body, e.g. {@code cc/politburo}} */
  public abstract Id issuingBody();

  /** {@return the date of issue, possibly known only in part} */
  public abstract IssueDate issued();

  /** {@return the Vietnamese title, normalised, of an unnumbered document; empty for a numbered one} */
  public abstract Optional<String> title();

  /**
   * The key of a numbered document issued on a known day.
   *
   * @param number the number
   * @param type the type
   * @param issuingBody the id of the issuing body
   * @param issued the date of issue
   * @return the key
   */
  public static DocumentKey of(DocumentNumber number, DocumentType type, Id issuingBody, LocalDate issued) {
    return of(number, type, issuingBody, IssueDate.of(issued));
  }

  /**
   * The key of a numbered document.
   *
   * @param number the number
   * @param type the type
   * @param issuingBody the id of the issuing body
   * @param issued the date of issue, possibly known only in part
   * @return the key
   */
  public static DocumentKey of(DocumentNumber number, DocumentType type, Id issuingBody, IssueDate issued) {
    return ImmutableDocumentKey.builder().number(number).type(type).issuingBody(issuingBody).issued(issued).build();
  }

  /**
   * The key of an unnumbered document.
   *
   * @param type the type, e.g. {@link DocumentType#CHARTER}
   * @param issuingBody the id of the issuing body
   * @param issued the date of issue, possibly known only in part
   * @param title the Vietnamese title
   * @return the key
   * @throws ValidationException if the title is blank (rule {@link #IDENTITY}), longer than a name (1,000
   *     characters, rule {@link TextKind#LENGTH}) or not fit to show (rule {@link TextKind#WRITTEN})
   */
  public static DocumentKey unnumbered(DocumentType type, Id issuingBody, IssueDate issued, String title) {
    return ImmutableDocumentKey.builder().type(type).issuingBody(issuingBody).issued(issued).title(title).build();
  }

  @Value.Check
  DocumentKey normalize() {
    IDENTITY.require(number().isPresent() != title().isPresent(), "title",
        number().isPresent() ? "'%s' has both a number and a title" : "key of %s has neither number nor title",
        number().map(DocumentNumber::toString).orElse(type().code()));
    Optional<String> title = title().map(t -> TextKind.NAME.normalize(t, "title"));
    IDENTITY.require(title.map(t -> !t.isEmpty()).orElse(true), "title", "title '%s' is blank",
        title().orElse(""));
    return title.equals(title()) ? this : ImmutableDocumentKey.builder().from(this).title(title).build();
  }

  /**
   * Returns e.g. {@code 35-CT/TW of 2019-05-30 (directive, cc/politburo)} or
   * {@code charter of 2011-01-12/2011-01-19 (cc): Điều lệ Đảng Cộng sản Việt Nam}.
   */
  @Override
  public String toString() {
    return number().map(n -> n + " of " + issued() + " (" + type().code() + ", " + issuingBody() + ")")
        .orElseGet(() -> type().code() + " of " + issued() + " (" + issuingBody() + "): " + title().orElseThrow());
  }
}
