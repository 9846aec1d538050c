package io.github.cpvmodel.document;

import static java.util.Objects.requireNonNull;

import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.Id;
import com.google.common.collect.ImmutableList;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A document as a text cites it: "<i>Chỉ thị 35</i>" (type and number proper), "<i>Quy định 205- QĐ/TW</i>" (type
 * and full number), "35-CT/TW" (full number only), "<i>Nghị quyết Trung ương 4 khóa XII</i>" (by the plenum that
 * adopted it), "<i>Nghị quyết Đại hội XIII</i>", "<i>Điều lệ Đảng</i>" (a document without a number), each
 * optionally with its date of issue, known in full or in part, and its issuing body: "<i>Quyết định của Bộ Chính
 * trị ngày 30/1/2026</i>", as the press reports a decision without its number. Without a date a reference does not
 * identify a document by itself, since numbers restart every term; a {@link DocumentRegistry} resolves it against a
 * date or a term, or reports it ambiguous. The same type records which document decided something elsewhere in the
 * model (a body's merger, a person's appointment).
 *
 * <p>{@link #parse} reads, in this order: the type's Vietnamese name by fold key (any case, tones optional; the
 * full names, "Điều lệ", "Cương lĩnh", "Thông báo kết luận"), an optional "số" ("Chỉ thị số 35-CT/TW"), the number
 * proper or a full {@link DocumentNumber} read as tolerantly as {@link DocumentNumber#parse}, the occasion ("Đại
 * hội XIII", "Đại hội đại biểu toàn quốc lần thứ XIII", "Hội nghị Trung ương 4 khóa XII", "Trung ương lần thứ tư"
 * is not read: the plenum is a number), then in either order a date and "của" with the name of a central body
 * (<i>Bộ Chính trị</i>, <i>Ban Bí thư</i>, <i>Ban Chấp hành Trung ương</i>, <i>Ban Tổ chức Trung ương</i> …), each
 * after an optional comma. A date is "ngày d/M/yyyy" (or with "-" or "."), "ngày d tháng M năm yyyy", "tháng
 * M/yyyy", "tháng M năm yyyy" or "năm yyyy". It keeps the text it read in {@link #original()}. {@link #toString()}
 * is canonical ("Chỉ thị 35", "Quy định 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị", "Nghị quyết Trung ương 4 khóa
 * XII") and {@code parse(r.toString()).equals(r)}. Reading is linear in the length of the text.
 *
 * <pre>{@code
 * DocumentReference r = DocumentReference.parse("Chỉ thị số 35-CT/TW, ngày 30/5/2019");
 * r.toString(); // "Chỉ thị 35-CT/TW ngày 30/5/2019"
 * PartyDocuments.registry().resolve(DocumentReference.parse("Chỉ thị 35"), LocalDate.of(2019, 9, 30)); // FOUND:
 * // 35-CT/TW of 2019-05-30, issued in the term that contains the day
 * DocumentReference.parse("Nghị quyết Trung ương 4 khóa XII").occasion(); // Optional[Trung ương 4 khóa XII]
 * }</pre>
 *
 * <p>Rejects text longer than a name (1,000 characters, rule {@link TextKind#LENGTH}) at once, text that is not a
 * reference (rule {@link #SYNTAX}, quoting the input and the index where it stops
 * making sense; a malformed full number fails with the rules of {@link DocumentNumber}), leading words that name no
 * document type (rule {@link #TYPE}), and parts that disagree: no type and no number, a State number, a number
 * proper outside 1..999999 or different from the full number's, a type the number's code is not used for, a date
 * given as a range, an issuing body no citation names, an occasion with a body other than the Central Committee, a
 * numbered type cited alone ("Chỉ thị") (rule {@link #PARTS}).
 */
@Value.Immutable
@ModelStyle
public abstract class DocumentReference {
  /** The text is a reference. */
  public static final Rule SYNTAX = Rule.of("document-reference.syntax",
      "write a reference as '<type> <number>' (e.g. 'Chỉ thị 35', 'Chỉ thị số 05'), '<type> <full number>' "
          + "(e.g. 'Quy định 205-QĐ/TW'), a full Party number (e.g. '35-CT/TW') or a type and an occasion (e.g. "
          + "'Nghị quyết Trung ương 4 khóa XII', 'Nghị quyết Đại hội XIII'), optionally followed by a date "
          + "('ngày 30/5/2019', 'tháng 1/2012', 'năm 2012') and 'của' with the issuing body ('của Bộ Chính trị')");

  /** The words before the number name a document type. */
  public static final Rule TYPE = Rule.of("document-reference.type",
      "the words before the number name a document type (Nghị quyết, Chỉ thị, Quyết định, Quy định, Kết luận, "
          + "Thông báo, Thông báo kết luận, Hướng dẫn, Điều lệ Đảng, Cương lĩnh …)");

  /** The parts of a reference agree. */
  public static final Rule PARTS = Rule.of("document-reference.parts",
      "a reference names a type or a Party number, its number proper is from 1 to 999999 and equals the full "
          + "number's, its type is one the number's code is used for, its date is a day, a month or a year, its "
          + "issuing body is one a citation names (the Central Committee, the Politburo, the Secretariat or a "
          + "central commission or office), an occasion's body is the Central Committee, and a reference by type "
          + "alone names a type without numbers (Điều lệ Đảng, Cương lĩnh chính trị)");

  DocumentReference() {}

  /** {@return the type named, if any: {@link DocumentType#DIRECTIVE} for "Chỉ thị 35"} */
  public abstract Optional<DocumentType> type();

  /** {@return the full Party number, if given: {@code 205-QĐ/TW}, or empty for "Chỉ thị 35"} */
  public abstract Optional<DocumentNumber> number();

  /** {@return the number proper, e.g. 35; the full number's when one is given; empty when the citation gives none} */
  public abstract OptionalInt sequence();

  /**
   * The date of issue, when the citation gives it: a reference with a date matches only documents that may have
   * been issued then.
   *
   * @return the date, known to the day, month or year, or empty
   */
  public abstract Optional<IssueDate> issued();

  /** {@return the issuing body named after "của", if any: {@code cc/politburo} for "của Bộ Chính trị"} */
  public abstract Optional<Id> issuingBody();

  /** {@return the congress or plenum named, if any: "Trung ương 4 khóa XII"} */
  public abstract Optional<Occasion> occasion();

  /**
   * This reference with a date of issue.
   *
   * @param issued the date of issue
   * @return a copy with that date
   */
  public abstract DocumentReference withIssued(IssueDate issued);

  /**
   * This reference with a date of issue known to the day.
   *
   * @param issued the day of issue
   * @return a copy with that date
   */
  public DocumentReference withIssued(LocalDate issued) {
    return withIssued(IssueDate.of(issued));
  }

  /** {@return the text this reference was parsed from ("Quy định 205- QĐ/TW"); not part of equality} */
  @Value.Auxiliary
  public abstract Optional<String> original();
  /**
   * A reference by type and number proper: "Chỉ thị 35".
   *
   * @param type the type
   * @param sequence the number proper
   * @return the reference
   * @throws ValidationException if the number is outside 1..999999 (rule {@link #PARTS})
   */
  public static DocumentReference of(DocumentType type, int sequence) {
    return builder().type(type).sequence(sequence).build();
  }

  /**
   * A reference by full number: "35-CT/TW".
   *
   * @param number the Party number
   * @return the reference
   * @throws ValidationException if the number is a State number (rule {@link #PARTS})
   */
  public static DocumentReference of(DocumentNumber number) {
    return builder().number(number).build();
  }

  /**
   * A reference by type and full number: "Quy định 205-QĐ/TW".
   *
   * @param type the type
   * @param number the Party number
   * @return the reference
   * @throws ValidationException if the number is a State number or its code is not used for the type (rule
   *     {@link #PARTS})
   */
  public static DocumentReference of(DocumentType type, DocumentNumber number) {
    return builder().type(type).number(number).build();
  }

  /**
   * A reference by full number and date of issue, which together identify a Party document.
   *
   * @param number the full Party number
   * @param issued the date of issue
   * @return the reference, e.g. "60-NQ/TW ngày 12/4/2025"
   * @throws ValidationException if the number is a State number (rule {@link #PARTS})
   */
  public static DocumentReference of(DocumentNumber number, LocalDate issued) {
    return builder().number(number).issued(IssueDate.of(issued)).build();
  }

  /**
   * A reference without a number, by type, issuing body and date: how the press reports a decision
   * (<i>quyết định của Bộ Chính trị chỉ định…</i>).
   *
   * @param type the type, e.g. {@link DocumentType#DECISION}
   * @param issuingBody the issuing body, e.g. {@code PartyBodies.POLITBURO}
   * @param issued the date, known to the day, month or year
   * @return the reference, e.g. "Quyết định ngày 30/1/2026 của Bộ Chính trị"
   * @throws ValidationException if the date is a range or no citation names the body (rule {@link #PARTS})
   */
  public static DocumentReference of(DocumentType type, Id issuingBody, IssueDate issued) {
    return builder().type(type).issuingBody(issuingBody).issued(issued).build();
  }

  /**
   * A reference by type and occasion: "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Đại hội XIII".
   *
   * @param type the type
   * @param occasion the congress or plenum
   * @return the reference
   */
  public static DocumentReference of(DocumentType type, Occasion occasion) {
    return builder().type(type).occasion(occasion).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocumentReference}; {@code build()} validates. */
  public static final class Builder extends ImmutableDocumentReference.Builder {
    Builder() {}
  }

  /**
   * Parses a reference (see the class description).
   *
   * @param text the text, e.g. "Chỉ thị 35", "Quy định 205- QĐ/TW", "08-QĐi/TW", "Điều lệ Đảng"
   * @return the reference, with {@code text} stripped as its {@link #original()}
   * @throws ParseException if the text is longer than a name (1,000 characters, rule {@link TextKind#LENGTH}, at
   *     once), is not a reference (rule {@link #SYNTAX} or the rules of {@link DocumentNumber}), names no known
   *     type (rule {@link #TYPE}) or its parts disagree (rule {@link #PARTS}, at the index where the part begins)
   */
  public static DocumentReference parse(CharSequence text) {
    TextKind.NAME.requireParsable(text, DocumentReferenceParser.WHAT);
    return DocumentReferenceParser.parse(text.toString());
  }

  /**
   * The documents cited at a place of a longer text: the citation that starts at {@code position} and runs as far as
   * it makes sense, as a sentence cites a document and goes on ("… Chỉ thị 35 của Bộ Chính trị về chuẩn bị Đại hội
   * …" cites "Chỉ thị 35 của Bộ Chính trị"). It reads what {@link #parse} reads, leaving to the text that follows an
   * optional part that does not read (a date without its year, a "của" that no issuing body follows: the issuer is
   * the longest run of words that names one), and reads at most a name's length (1,000 characters) of the text. A
   * citation that names several terms names one document per term: "Nghị quyết Trung ương 4 (khóa XI, XII)" names
   * the resolutions of the 4th plenums of terms XI and XII.
   *
   * <pre>{@code
   * String text = "thực hiện Chỉ thị 35 của Bộ Chính trị về chuẩn bị đại hội";
   * ParsePosition at = new ParsePosition(text.indexOf("Chỉ thị"));
   * DocumentReference.find(text, at);  // [Chỉ thị 35 của Bộ Chính trị]
   * text.substring(10, at.getIndex()); // "Chỉ thị 35 của Bộ Chính trị"
   * DocumentReference.find("Nghị quyết Trung ương 4 (khóa XI, XII)", new ParsePosition(0)).size(); // 2
   * DocumentReference.find("các nghị quyết, chỉ thị", new ParsePosition(4));  // []: no number, no occasion
   * }</pre>
   *
   * @param text the text
   * @param position where the citation starts; on success moved to its end, else left there with its
   *     {@linkplain ParsePosition#getErrorIndex() error index} set where reading stopped making sense
   * @return the references, one per document cited, in the order written; empty if no citation starts there (a
   *     type alone, "Điều lệ", reads as a citation only when no number would follow it: see {@link #parse})
   * @throws IndexOutOfBoundsException if the position lies outside the text
   */
  public static ImmutableList<DocumentReference> find(CharSequence text, ParsePosition position) {
    requireNonNull(position, "position");
    return DocumentReferenceParser.find(requireNonNull(text, "text").toString(), position);
  }

  /**
   * Whether {@link #parse} accepts the text.
   *
   * @param text the text
   * @return whether it is a reference
   */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  /**
   * Whether a document is one this reference can mean: every part the reference gives agrees with the document
   * (same type, same full number or number proper, a date of issue that may be the same, same issuing body, same
   * occasion). A reference without a number matches numbered and unnumbered documents alike: the press leaves out
   * numbers that exist.
   *
   * @param document the document
   * @return whether it matches
   */
  public boolean matches(Document document) {
    return type().map(t -> t == document.type()).orElse(true)
        && number().map(n -> document.number().equals(Optional.of(n))).orElse(true)
        && (sequence().isEmpty()
            || document.number().map(n -> n.sequence() == sequence().getAsInt()).orElse(false))
        && issued().map(d -> d.mayBe(document.issued())).orElse(true)
        && issuingBody().map(b -> b.equals(document.issuingBody())).orElse(true)
        && occasion().map(o -> document.adoptedAt().equals(Optional.of(o))).orElse(true);
  }

  @Value.Check
  DocumentReference check() {
    PARTS.require(type().isPresent() || number().isPresent(), "", "a reference%s names neither a type nor a full "
        + "number", sequence().isPresent() ? " with number '" + sequence().getAsInt() + "'" : "");
    sequence().ifPresent(n -> PARTS.require(n >= 1 && n <= DocumentNumber.MAX_SEQUENCE, "sequence",
        "number '%d' is out of range", n));
    number().ifPresent(n -> {
      PARTS.require(n.isParty(), "number", "'%s' is a State number", n);
      sequence().ifPresent(q -> PARTS.require(n.sequence() == q, "sequence",
          "number '%d' differs from the full number '%s'", q, n));
      type().ifPresent(t -> PARTS.require(n.types().isEmpty() || n.types().contains(t), "type",
          "type '%s' does not fit '%s', whose code is used for %s", t.label().vi(), n, n.types()));
    });
    boolean typeAlone = number().isEmpty() && sequence().isEmpty() && issued().isEmpty() && issuingBody().isEmpty()
        && occasion().isEmpty();
    type().ifPresent(t -> PARTS.require(!typeAlone || t.abbreviations().isEmpty(), "type", "'%s' alone cites "
        + "no document: its documents are numbered, so give the number, an occasion, a date or the issuing body",
        t.label().vi()));
    issued().ifPresent(d -> PARTS.require(d.precision() != IssueDate.Precision.RANGE, "issued",
        "date '%s' is a range; a citation gives a day, a month or a year", d));
    issuingBody().ifPresent(b -> PARTS.require(IssuingBodyNames.nameOf(b).isPresent(), "issuingBody",
        "no citation names body '%s' after 'của'; the bodies named are %s", b, IssuingBodyNames.all().keySet()));
    occasion().ifPresent(o -> issuingBody().ifPresent(b -> PARTS.require(b.equals(Document.CENTRAL_COMMITTEE),
        "issuingBody", "'%s' is the Central Committee's, not '%s''s", o, b)));
    if (number().isPresent() && sequence().isEmpty()) {
      return builder().from(this).sequence(number().get().sequence()).build();
    }
    return this;
  }

  /**
   * Returns the canonical text, e.g. {@code Chỉ thị 35}, {@code Quy định 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị},
   * {@code Nghị quyết Trung ương 4 khóa XII} or {@code 35-CT/TW}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    type().ifPresent(t -> text.append(t.label().vi()));
    Optional<String> number = number().map(DocumentNumber::toString)
        .or(() -> sequence().isPresent() ? Optional.of(DocumentNumber.formatSequence(sequence().getAsInt()))
            : Optional.empty());
    number.ifPresent(n -> text.append(text.length() > 0 ? " " : "").append(n));
    occasion().ifPresent(o -> text.append(' ').append(o));
    issued().ifPresent(d -> text.append(' ').append(d.vietnamese()));
    issuingBody().ifPresent(b -> text.append(" của ").append(IssuingBodyNames.nameOf(b).orElseThrow()));
    return text.toString();
  }
}
