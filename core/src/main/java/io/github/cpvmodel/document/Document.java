package io.github.cpvmodel.document;

import com.google.common.collect.ImmutableSet;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Validity;
import io.github.cpvmodel.text.VietnameseText;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Party document (<i>văn bản của Đảng</i>): <i>Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội
 * đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng</i>.
 *
 * <p>It has a {@link DocumentNumber Party number}, a {@link DocumentType type} and an issuing body (by
 * {@link Id}), kept apart because neither follows from the number; a date of issue; a title (<i>trích yếu</i>)
 * in Vietnamese with an optional English rendering; an optional subject; and its force over time: in force from
 * {@link #inForceFrom()} (the date of issue unless said otherwise) until a {@link #termination()}, if any.
 * {@link #key()} identifies it: the same number recurs in every term.
 *
 * <pre>{@code
 * Document directive = Document.builder()
 *     .number(DocumentNumber.parse("35-CT/TW"))
 *     .type(DocumentType.DIRECTIVE)
 *     .issuingBody(PartyBodies.POLITBURO)
 *     .issued(LocalDate.of(2019, 5, 30))
 *     .title(LocalizedName.of("về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII "
 *         + "của Đảng"))
 *     .build();
 * directive.isInForceOn(LocalDate.of(2019, 9, 30)); // true
 * }</pre>
 *
 * <p>Rejects a State number (rule {@link #NUMBER}), a type the number's abbreviation is not used for (rule
 * {@link #TYPE}), a central body that does not number under the issuer code (rule {@link #ISSUER}), force that
 * starts before issue or ends before it starts (rule {@link #IN_FORCE}), a document that ends itself (rule
 * {@link #TERMINATION}), a blank subject (rule {@link #BLANK}) and unverified facts that name no field (rule
 * {@link #UNVERIFIED}).
 */
@Value.Immutable
@ModelStyle
public abstract class Document {
  /** A Party document has a Party number. */
  public static final Rule NUMBER = Rule.of("document.number",
      "a Party document has a Party number such as '35-CT/TW', not a State number");

  /** The type fits the number's abbreviation. */
  public static final Rule TYPE = Rule.of("document.type",
      "the type must be one the number's type code is used for (QĐi: Quy định; QĐ: Quy định or Quyết định; "
          + "CT: Chỉ thị; …); a code not listed in DocumentType fits any type");

  /** The issuing body numbers its documents under the issuer code. */
  public static final Rule ISSUER = Rule.of("document.issuer",
      "the issuing body must be one that numbers its documents under the issuer code (for '/TW': cc, "
          + "cc/politburo or cc/secretariat); local and unlisted codes fit any body");

  /** Force starts on or after issue and ends after it starts. */
  public static final Rule IN_FORCE = Rule.of("document.in-force",
      "a document comes into force on or after its date of issue, and stops being in force after it came into "
          + "force");

  /** A document does not end itself. */
  public static final Rule TERMINATION = Rule.of("document.termination",
      "a document is not superseded or repealed by itself");

  /** Texts are not blank. */
  public static final Rule BLANK = Rule.of("document.blank",
      "the subject must have a visible character (leave it out instead)");

  /** Unverified facts name fields of the document. */
  public static final Rule UNVERIFIED = Rule.of("document.unverified",
      "unverified facts are named by field: number, type, issuingBody, issued, title, subject, inForceFrom, "
          + "termination");

  private static final ImmutableSet<String> FIELDS = ImmutableSet.of("number", "type", "issuingBody", "issued",
      "title", "subject", "inForceFrom", "termination");

  Document() {}

  /** {@return the Party number, e.g. {@code 35-CT/TW}} */
  public abstract DocumentNumber number();

  /** {@return the type, as the heading of the text says; not guessed from the number} */
  public abstract DocumentType type();

  /** {@return the body that issued the document: the organ in the heading or signature block, not the
   *     issuer code} */
  public abstract Id issuingBody();

  /** {@return the date of issue (<i>ngày ban hành</i>)} */
  public abstract LocalDate issued();

  /** {@return the title (<i>trích yếu nội dung</i>) as it follows the type in the heading} */
  public abstract LocalizedName title();

  /** {@return the area of work the document belongs to, normalised ("công tác cán bộ"), if recorded} */
  public abstract Optional<String> subject();

  /** {@return the first day the document is in force; the date of issue unless set} */
  @Value.Default
  public LocalDate inForceFrom() {
    return issued();
  }

  /** {@return how and when the document stopped being in force; empty while it is} */
  public abstract Optional<Termination> termination();

  /** {@return where the facts about the document come from} */
  public abstract Optional<Source> source();

  /** {@return the fields whose values the source does not confirm: hints, not facts} */
  public abstract ImmutableSet<String> unverified();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}; {@code build()} normalises and validates. */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}

    /**
     * Sets what identifies the document: number, type, issuing body and date of issue.
     *
     * @param key the key, e.g. {@code PartyDocuments.DIRECTIVE_35_OF_2019}
     * @return this builder
     */
    public Builder key(DocumentKey key) {
      number(key.number()).type(key.type()).issuingBody(key.issuingBody()).issued(key.issued());
      return this;
    }
  }

  /**
   * This document with a corrected title.
   *
   * @param title the title
   * @return the copy
   */
  public abstract Document withTitle(LocalizedName title);

  /**
   * This document with a subject.
   *
   * @param subject what the document is about
   * @return the copy
   * @throws ValidationException if the subject is blank (rule {@link #BLANK})
   */
  public abstract Document withSubject(String subject);

  /**
   * This document no longer in force: superseded, repealed or expired.
   *
   * @param termination how and when it stopped being in force
   * @return the copy
   * @throws ValidationException if the termination comes before the document came into force (rule
   *     {@link #IN_FORCE}) or names the document itself (rule {@link #TERMINATION})
   */
  public abstract Document withTermination(Termination termination);

  /**
   * This document with the publication it is known from.
   *
   * @param source the source
   * @return the copy
   */
  public abstract Document withSource(Source source);

  /** {@return what identifies this document: number, type, issuing body and date of issue} */
  @Value.Lazy
  public DocumentKey key() {
    return DocumentKey.of(number(), type(), issuingBody(), issued());
  }

  /**
   * The days on which the document is in force.
   *
   * @return from {@link #inForceFrom()} to the day before the termination, or open-ended
   */
  public Validity inForce() {
    return termination().map(t -> Validity.closed(inForceFrom(), t.on().minusDays(1)))
        .orElseGet(() -> Validity.startingOn(inForceFrom()));
  }

  /**
   * Whether the document is in force on a day.
   *
   * @param day the day
   * @return whether {@link #inForce()} contains it
   */
  public boolean isInForceOn(LocalDate day) {
    return inForce().contains(day);
  }

  /** {@return whether the source confirms every fact: {@link #unverified()} is empty} */
  public boolean isVerified() {
    return unverified().isEmpty();
  }

  /**
   * Normalises the subject, then checks every rule.
   *
   * @throws ValidationException naming the first broken rule
   */
  @Value.Check
  Document normalize() {
    Optional<String> subject = subject().map(s -> io.github.cpvmodel.TextKind.TEXT.normalize(s, "subject"));
    NUMBER.require(number().isParty(), "number", "number '%s' is a State number", number());
    ImmutableSet<DocumentType> types = number().types();
    TYPE.require(types.isEmpty() || types.contains(type()), "type", "type '%s' does not fit number '%s', whose "
        + "code '%s' is used for %s", type().code(), number(), number().typeCode().orElse(""), types);
    ImmutableSet<Id> bodies = number().issuer().map(IssuerCode::bodies).orElse(ImmutableSet.of());
    ISSUER.require(bodies.isEmpty() || bodies.contains(issuingBody()), "issuingBody",
        "body '%s' does not number under '/%s', which is used by %s", issuingBody(), number().issuerCode(),
        bodies);
    IN_FORCE.require(!inForceFrom().isBefore(issued()), "inForceFrom", "in force from '%s', before issue on '%s'",
        inForceFrom(), issued());
    termination().ifPresent(t -> {
      IN_FORCE.require(t.on().isAfter(inForceFrom()), "termination.on",
          "no longer in force from '%s', not after coming into force on '%s'", t.on(), inForceFrom());
      TERMINATION.require(!t.by().equals(Optional.of(key())), "termination.by", "'%s' is ended by itself", key());
    });
    BLANK.require(subject.map(s -> !s.isEmpty()).orElse(true), "subject", "subject '%s' is blank",
        subject().orElse(""));
    for (String field : unverified()) {
      UNVERIFIED.require(FIELDS.contains(field), "unverified", "'%s' is not a field of a document", field);
    }
    if (subject.equals(subject())) {
      return this;
    }
    return builder().from(this).subject(subject).build();
  }

  /** Returns e.g. {@code Chỉ thị 35-CT/TW of 2019-05-30 (cc/politburo): về đại hội …}. */
  @Override
  public String toString() {
    return type().label().vi() + " " + number() + " of " + issued() + " (" + issuingBody() + "): "
        + title().vi();
  }
}
