package io.github.cpvmodel.document;

import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.text.VietnameseText;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document as a text cites it: "<i>Chỉ thị 35</i>" (type and number proper), "<i>Quy định 205- QĐ/TW</i>" (type
 * and full number), "35-CT/TW" (full number only), optionally with its date of issue: "<i>Quy định 205- QĐ/TW ngày
 * 23-9-2019</i>". Without a date a reference does not identify a document by itself, since numbers restart every
 * term; a {@link DocumentRegistry} resolves it against a date or a term, or reports it ambiguous. The same type
 * records which document decided something elsewhere in the model (a body's merger, a person's appointment).
 *
 * <p>{@link #parse} reads the type's Vietnamese name by fold key (any case, tones optional), an optional "số"
 * ("Chỉ thị số 35-CT/TW"), then either the number proper or a full {@link DocumentNumber} read as tolerantly as
 * {@link DocumentNumber#parse}; it keeps the text it read in {@link #original()}. {@link #toString()} is canonical
 * ("Chỉ thị 35", "Quy định 205-QĐ/TW ngày 23/9/2019") and {@code parse(r.toString()).equals(r)}. A trailing date
 * is written "ngày d/M/yyyy", "ngày d-M-yyyy", "ngày d.M.yyyy" or "ngày d tháng M năm yyyy", after a space or a
 * comma; the canonical form writes the year with four digits.
 *
 * <pre>{@code
 * DocumentReference r = DocumentReference.parse("Chỉ thị số 35-CT/TW, ngày 30/5/2019");
 * r.toString(); // "Chỉ thị 35-CT/TW ngày 30/5/2019"
 * PartyDocuments.registry().resolve(DocumentReference.parse("Chỉ thị 35"), LocalDate.of(2019, 9, 30)); // FOUND:
 * // 35-CT/TW of 2019-05-30, as 35-CT/TW of 2024-06-14 was not issued yet
 * }</pre>
 *
 * <p>Rejects text that is not a reference (rule {@link #SYNTAX}, quoting the input and the index where it stops
 * making sense; a malformed full number fails with the rules of {@link DocumentNumber}), and parts that disagree: no
 * type and no number, a State number, a number proper outside 1..999999 or different from the full number's, a type
 * the number's code is not used for (rule {@link #PARTS}).
 */
@Value.Immutable
@ModelStyle
public abstract class DocumentReference {
  /** The text is a reference. */
  public static final Rule SYNTAX = Rule.of("document-reference.syntax",
      "write a reference as '<type> <number>' (e.g. 'Chỉ thị 35', 'Chỉ thị số 05'), '<type> <full number>' "
          + "(e.g. 'Quy định 205-QĐ/TW') or a full Party number (e.g. '35-CT/TW')");

  /** The parts of a reference agree. */
  public static final Rule PARTS = Rule.of("document-reference.parts",
      "a reference names a type or a Party number, its number proper is from 1 to 999999 and equals the full "
          + "number's, and its type is one the number's code is used for");

  DocumentReference() {}

  /** {@return the type named, if any: {@link DocumentType#DIRECTIVE} for "Chỉ thị 35"} */
  public abstract Optional<DocumentType> type();

  /** {@return the full Party number, if given: {@code 205-QĐ/TW}, or empty for "Chỉ thị 35"} */
  public abstract Optional<DocumentNumber> number();

  /** {@return the number proper, e.g. 35; the full number's when one is given} */
  @Value.Default
  public int sequence() {
    return number().map(DocumentNumber::sequence).orElse(0);
  }

  /**
   * The date of issue, when the citation gives it; a reference with a date matches only documents issued that day.
   *
   * @return the date of issue, or empty
   */
  public abstract Optional<LocalDate> issued();

  /**
   * This reference with a date of issue.
   *
   * @param issued the date of issue
   * @return a copy with that date
   */
  public abstract DocumentReference withIssued(LocalDate issued);

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
    return builder().number(number).issued(issued).build();
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
   * @param text the text, e.g. "Chỉ thị 35", "Quy định 205- QĐ/TW", "08-QĐi/TW"
   * @return the reference, with {@code text} stripped as its {@link #original()}
   * @throws ParseException if the text is not a reference (rule {@link #SYNTAX} or the rules of
   *     {@link DocumentNumber}) or its parts disagree (rule {@link #PARTS}, at the index where the part begins)
   */
  public static DocumentReference parse(CharSequence text) {
    return DocumentReferenceParser.parse(text.toString());
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
   * Whether a document is one this reference can mean: same type if one is named, same full number if one is
   * given, else same number proper.
   *
   * @param document the document
   * @return whether it matches
   */
  public boolean matches(Document document) {
    if (type().isPresent() && type().get() != document.type()) {
      return false;
    }
    if (issued().isPresent() && !issued().get().equals(document.issued())) {
      return false;
    }
    return number().map(n -> n.equals(document.number())).orElse(document.number().sequence() == sequence());
  }

  @Value.Check
  void check() {
    PARTS.require(type().isPresent() || number().isPresent(), "", "a reference with number '%d' names neither "
        + "a type nor a full number", sequence());
    PARTS.require(sequence() >= 1 && sequence() <= DocumentNumber.MAX_SEQUENCE, "sequence", "number '%d' is out of range",
        sequence());
    number().ifPresent(n -> {
      PARTS.require(n.isParty(), "number", "'%s' is a State number", n);
      PARTS.require(n.sequence() == sequence(), "sequence", "number '%d' differs from the full number '%s'",
          sequence(), n);
      type().ifPresent(t -> PARTS.require(n.types().isEmpty() || n.types().contains(t), "type",
          "type '%s' does not fit '%s', whose code is used for %s", t.label().vi(), n, n.types()));
    });
  }

  /** Returns the canonical text, e.g. {@code Chỉ thị 35}, {@code Quy định 205-QĐ/TW} or {@code 35-CT/TW}. */
  @Override
  public String toString() {
    String number = number().map(DocumentNumber::toString).orElseGet(() -> DocumentNumber.formatSequence(sequence()));
    String cited = type().map(t -> t.label().vi() + " " + number).orElse(number);
    return cited + issued().map(d -> " ngày " + VietnameseText.date(d)).orElse("");
  }
}
