package io.github.cpvmodel.document;

import com.google.common.collect.ImmutableSet;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.LocalizedName;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.Source;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Party document (<i>văn bản của Đảng</i>): <i>Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội
 * đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng</i>.
 *
 * <p>It has a {@link DocumentNumber Party number} unless it is one of the documents that carry none (the Charter,
 * the Political Platform, a congress resolution, a decision the press reports without its number), a {@link
 * DocumentType type} and an issuing body (by {@link Id}), kept apart because neither follows from the number; a
 * date of issue, possibly known only in part ({@link IssueDate}); a title (<i>trích yếu</i>) in Vietnamese with an
 * optional English rendering; an optional subject; the congress or plenum that adopted it, if any ({@link
 * Occasion}); and its force over time. {@link #key()} identifies it: the same number recurs in every term, and an
 * unnumbered document is identified by its title (see {@link DocumentKey}).
 *
 * <p><b>In force, no longer in force, or unknown.</b> A document comes into force on {@link #inForceFrom()} (its
 * date of issue unless {@link #commencement()} records another day) and stops on its {@link #termination()}, if
 * one is recorded. A record without a termination does not show that the document is still in force: it may have
 * been replaced by a text the record does not hold. So {@link #statusOn(LocalDate)} answers {@link
 * ForceStatus#IN_FORCE} only between the first day in force and a recorded termination, or up to a day a source
 * confirms it in force ({@link #confirmedInForceOn()}); {@link ForceStatus#NOT_IN_FORCE} before it came into force
 * and from its termination on; {@link ForceStatus#UNKNOWN} otherwise, and on days the partial date of issue leaves
 * open.
 *
 * <pre>{@code
 * Document directive = Document.builder()
 *     .number(DocumentNumber.parse("35-CT/TW"))
 *     .type(DocumentType.DIRECTIVE)
 *     .issuingBody(PartyBodies.POLITBURO)
 *     .issued(IssueDate.of(LocalDate.of(2019, 5, 30)))
 *     .title(LocalizedName.of("về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII "
 *         + "của Đảng"))
 *     .build();
 * directive.statusOn(LocalDate.of(2019, 9, 30)); // UNKNOWN: no termination recorded, nothing confirms it
 * directive.statusOn(LocalDate.of(2019, 5, 1));  // NOT_IN_FORCE: not yet issued
 * }</pre>
 *
 * <p>Copies stay true: {@link #inForceFrom()} is derived, not stored, so {@code builder().from(d)} with another date
 * of issue moves it too; only a recorded {@link #commencement()} stays.
 *
 * <p>Rejects a State number (rule {@link #NUMBER}), a type the number's abbreviation is not used for (rule
 * {@link #TYPE}), a central body that does not number under the issuer code (rule {@link #ISSUER}), force that
 * starts before issue or ends before it starts, or is confirmed outside those days (rule {@link #IN_FORCE}), a
 * document that ends itself (rule {@link #TERMINATION}), a blank subject (rule {@link #BLANK}), unverified facts
 * that name no field (rule {@link #UNVERIFIED}) and an occasion that is not the Central Committee's (rule {@link
 * #OCCASION}).
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
      "a document comes into force on or after its date of issue, stops being in force after it came into force, "
          + "and is confirmed in force only on a day between the two; a date known in part is checked by its "
          + "earliest possible day");

  /** A document does not end itself. */
  public static final Rule TERMINATION = Rule.of("document.termination",
      "a document is not superseded or repealed by itself");

  /** Texts are not blank. */
  public static final Rule BLANK = Rule.of("document.blank",
      "the subject must have a visible character (leave it out instead)");

  /** Unverified facts name fields of the document. */
  public static final Rule UNVERIFIED = Rule.of("document.unverified",
      "unverified facts are named by field: number, type, issuingBody, issued, title, subject, adoptedAt, "
          + "commencement, termination, confirmedInForceOn");

  /** A congress or plenum adopts the Central Committee's documents. */
  public static final Rule OCCASION = Rule.of("document.occasion",
      "a document adopted at a National Congress or a Central Committee plenum is issued by the Central "
          + "Committee ('cc')");

  private static final ImmutableSet<String> FIELDS = ImmutableSet.of("number", "type", "issuingBody", "issued",
      "title", "subject", "adoptedAt", "commencement", "termination", "confirmedInForceOn");

  /** The Central Committee, by id; written here because this package does not read the reference data. */
  static final Id CENTRAL_COMMITTEE = Id.of("cc");

  Document() {}

  /** {@return the Party number, e.g. {@code 35-CT/TW}; empty for a document without one, such as the Charter} */
  public abstract Optional<DocumentNumber> number();

  /** {@return the type, as the heading of the text says; not guessed from the number} */
  public abstract DocumentType type();

  /** {@return the body that issued the document: the organ in the heading or signature block, not the
   *     issuer code} */
  public abstract Id issuingBody();

  /** {@return the date of issue (<i>ngày ban hành</i>), possibly known only in part} */
  public abstract IssueDate issued();

  /** {@return the title (<i>trích yếu nội dung</i>) as it follows the type in the heading} */
  public abstract LocalizedName title();

  /** {@return the area of work the document belongs to, normalised ("công tác cán bộ"), if recorded} */
  public abstract Optional<String> subject();

  /** {@return the National Congress or Central Committee plenum that adopted the document, if any} */
  public abstract Optional<Occasion> adoptedAt();

  /**
   * The day the text puts the document in force, when it is not the date of issue (<i>có hiệu lực từ ngày…</i>).
   *
   * @return the day, or empty when the document is in force from its date of issue
   */
  public abstract Optional<LocalDate> commencement();

  /**
   * The first day the document is in force: {@link #commencement()} if recorded, else the date of issue. Derived
   * on every call, so a copy with another date of issue does not keep the old one.
   *
   * @return the day, known in part when the date of issue is
   */
  public IssueDate inForceFrom() {
    return commencement().map(IssueDate::of).orElse(issued());
  }

  /** {@return how and when the document stopped being in force; empty when no end is recorded} */
  public abstract Optional<Termination> termination();

  /**
   * The latest day a source confirms the document in force, such as the day a later text applies it.
   *
   * @return the day, or empty
   */
  public abstract Optional<LocalDate> confirmedInForceOn();

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
      key.title().ifPresent(title -> title(LocalizedName.of(title)));
      return this;
    }

    /**
     * Sets a date of issue known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder issued(LocalDate day) {
      issued(IssueDate.of(day));
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
   * @throws ValidationException if the termination comes before the document came into force or before a day
   *     it is confirmed in force (rule {@link #IN_FORCE}) or names the document itself (rule {@link #TERMINATION})
   */
  public abstract Document withTermination(Termination termination);

  /**
   * This document with the publication it is known from.
   *
   * @param source the source
   * @return the copy
   */
  public abstract Document withSource(Source source);

  /**
   * What identifies this document: number, type, issuing body and date of issue, or for an unnumbered one type,
   * issuing body, date of issue and title.
   *
   * @return the key
   */
  @Value.Lazy
  public DocumentKey key() {
    return number().map(n -> DocumentKey.of(n, type(), issuingBody(), issued()))
        .orElseGet(() -> DocumentKey.unnumbered(type(), issuingBody(), issued(), title().vi()));
  }

  /**
   * Whether the document is in force on a day, not in force, or not known to be either (see the class
   * description).
   *
   * @param day the day
   * @return the status
   */
  public ForceStatus statusOn(LocalDate day) {
    IssueDate from = inForceFrom();
    if (from.isAfter(day) || termination().map(t -> !day.isBefore(t.on())).orElse(false)) {
      return ForceStatus.NOT_IN_FORCE;
    }
    if (from.isBefore(day.plusDays(1))
        && (termination().isPresent() || confirmedInForceOn().map(c -> !day.isAfter(c)).orElse(false))) {
      return ForceStatus.IN_FORCE;
    }
    return ForceStatus.UNKNOWN;
  }

  /**
   * Whether the document is known to be in force on a day.
   *
   * @param day the day
   * @return whether {@link #statusOn(LocalDate)} is {@link ForceStatus#IN_FORCE}
   */
  public boolean isInForceOn(LocalDate day) {
    return statusOn(day) == ForceStatus.IN_FORCE;
  }

  /** {@return whether the document has a number} */
  public boolean isNumbered() {
    return number().isPresent();
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
    Optional<String> subject = subject().map(s -> TextKind.TEXT.normalize(s, "subject"));
    number().ifPresent(this::checkNumber);
    // Conservative: with a date known in part, only what is wrong on every possible day is rejected.
    LocalDate firstIssue = issued().earliest();
    commencement().ifPresent(c -> IN_FORCE.require(!c.isBefore(firstIssue), "commencement",
        "in force from '%s', before issue on '%s'", c, issued().describe()));
    LocalDate firstInForce = inForceFrom().earliest();
    termination().ifPresent(t -> {
      IN_FORCE.require(t.on().isAfter(firstInForce), "termination.on",
          "no longer in force from '%s', not after coming into force on '%s'", t.on(), inForceFrom().describe());
      TERMINATION.require(!t.by().equals(Optional.of(key())), "termination.by", "'%s' is ended by itself", key());
    });
    confirmedInForceOn().ifPresent(c -> IN_FORCE.require(!c.isBefore(firstInForce)
        && termination().map(t -> c.isBefore(t.on())).orElse(true), "confirmedInForceOn",
        "confirmed in force on '%s', outside its force from '%s'%s", c, inForceFrom().describe(),
        termination().map(t -> " to the day before '" + t.on() + "'").orElse("")));
    adoptedAt().ifPresent(o -> OCCASION.require(issuingBody().equals(CENTRAL_COMMITTEE), "adoptedAt",
        "adopted at '%s' but issued by '%s'", o, issuingBody()));
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

  private void checkNumber(DocumentNumber number) {
    NUMBER.require(number.isParty(), "number", "number '%s' is a State number", number);
    ImmutableSet<DocumentType> types = number.types();
    TYPE.require(types.isEmpty() || types.contains(type()), "type", "type '%s' does not fit number '%s', whose "
        + "code '%s' is used for %s", type().code(), number, number.typeCode().orElse(""), types);
    ImmutableSet<Id> bodies = number.issuer().map(IssuerCode::bodies).orElse(ImmutableSet.of());
    ISSUER.require(bodies.isEmpty() || bodies.contains(issuingBody()), "issuingBody",
        "body '%s' does not number under '/%s', which is used by %s", issuingBody(), number.issuerCode(), bodies);
  }

  /**
   * Returns e.g. {@code Chỉ thị 35-CT/TW of 2019-05-30 (cc/politburo): về đại hội …} or
   * {@code Điều lệ Đảng (unnumbered) of 2011-01-12/2011-01-19 (cc): Điều lệ Đảng Cộng sản Việt Nam}.
   */
  @Override
  public String toString() {
    return type().label().vi() + " " + number().map(DocumentNumber::toString).orElse("(unnumbered)") + " of "
        + issued() + " (" + issuingBody() + "): " + title().vi();
  }
}
