package io.github.cpvmodel.document;

import com.google.common.collect.ImmutableSet;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.text.VietnameseText;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The number of a document (<i>số và ký hiệu văn bản</i>): a Party number {@code <n>-<TYPE>/<ISSUER>} such as
 * {@code 35-CT/TW}, {@code 205-QĐ/TW}, {@code 08-QĐi/TW}, {@code 36-HD/VPTW}, or a State number such as
 * {@code 15/2020/NĐ-CP}, {@code 202/2025/QH15} or {@code 388/TTr-CP}, which Party meetings cite too.
 *
 * <p>A Party number carries no year: numbers restart from 01 for each type in each term of a committee, so the
 * same number recurs (35-CT/TW of 2019 and of 2024) and identifies a document only together with its date (see
 * {@link DocumentKey}). The number does not determine the type either ("QĐ" is used for <i>Quy định</i> and
 * <i>Quyết định</i>): {@link #types()} lists the candidates.
 *
 * <p>{@link #parse} is tolerant of what real texts contain and keeps the text it read in {@link #original()}:
 * spaces around the separators ("205- QĐ/TW"), the State layout used for a Party number ("205/QĐ-TW", read as Party
 * when the issuer is a Party code), "TƯ" for "TW" ("05-CT/TƯ", also NFD-encoded), lower case, Ð (U+00D0) for Đ,
 * "QD" without the stroke, any dash for the hyphen, and the word "Số" (number) that document headers print before it
 * ("Số 35-CT/TW", "số: 35-CT/TW"). Equality is on the canonical parts only, so
 * {@code parse("205- QĐ/TW").equals(parse("205-QĐ/TW"))} and {@code parse(x.toString()).equals(x)}.
 *
 * <p><b>Leading zeros.</b> Numbers are written from 01 on, so the canonical form has at least two digits:
 * "8-QĐi/TW", "08-QĐi/TW" and "008-QĐi/TW" are one number, written {@code 08-QĐi/TW}; "205" stays "205". The
 * zeros as written survive in {@link #original()}.
 *
 * <p><b>Canonical codes.</b> Party type codes are spelled as in {@link DocumentType#abbreviations()} (QĐi, TTr) and
 * other Party codes in upper case; issuer codes as in {@link IssuerCode} (BCĐTW). State codes are kept as written
 * after NFC normalisation, because their case carries meaning ({@code QĐ-TTg}); they are recognised, not modelled.
 *
 * <pre>{@code
 * DocumentNumber n = DocumentNumber.parse("205- QĐ/TW");
 * n.toString();     // "205-QĐ/TW"
 * n.original();     // Optional["205- QĐ/TW"]
 * n.types();        // [DECISION, REGULATION]
 * DocumentNumber.parse("15/2020/NĐ-CP").system(); // STATE
 * }</pre>
 *
 * <p>Rejects text that is neither form (rule {@link #SYNTAX}, quoting the input and the index where it stops making
 * sense), a number outside 1..999999 (rule {@link #SEQUENCE}), codes that are not letters (rule {@link #CODE}),
 * a Party number with a year or without a type, a State year before 1945 and a State number without a type
 * whose issuer has several parts (rule {@link #PARTS}).
 */
@Value.Immutable
@ModelStyle
public abstract class DocumentNumber {
  /** The text is a Party or State number. */
  public static final Rule SYNTAX = Rule.of("document-number.syntax",
      "write a Party number as '<number>-<type>/<issuer>' (e.g. '35-CT/TW', '08-QĐi/TW', '36-HD/VPTW') or a "
          + "State number as '<number>/<year>/<type>-<issuer>', '<number>/<year>/<issuer>' or "
          + "'<number>/<type>-<issuer>' (e.g. '15/2020/NĐ-CP', '202/2025/QH15', '388/TTr-CP')");

  /** The number lies in 1..999999. */
  public static final Rule SEQUENCE = Rule.of("document-number.sequence",
      "the number is a whole number from 1 to 999999 (numbering starts at 01)");

  /** Codes are made of letters (and, for the State, digits). */
  public static final Rule CODE = Rule.of("document-number.code",
      "a Party type or issuer code is 1 to 12 letters (e.g. 'QĐi', 'VPTW'); a State code is letters and digits "
          + "starting with a letter, issuer parts joined by '-' (e.g. 'TTg', 'UBTVQH15', 'UBND-TCKT')");

  /** A Party number has a type and no year; a State year is plausible. */
  public static final Rule PARTS = Rule.of("document-number.parts",
      "a Party number has a type code and no year; a State number's year is from 1945 to 9999, and a State "
          + "number without a type code has an issuer code of one part (else the text would read its first part "
          + "as the type)");

  static final int MAX_SEQUENCE = 999_999;
  private static final int MAX_PARTY_CODE = 12;
  private static final int FIRST_STATE_YEAR = 1945;
  private static final int LAST_YEAR = 9999;

  DocumentNumber() {}

  /** {@return the numbering system, Party or State} */
  public abstract NumberingSystem system();

  /** {@return the number proper, without leading zeros: 8 for {@code 08-QĐi/TW}} */
  public abstract int sequence();

  /** {@return the year, which only State numbers carry: 2020 for {@code 15/2020/NĐ-CP}} */
  public abstract Optional<Year> year();

  /**
   * The type code (<i>ký hiệu thể loại</i>), canonically spelled.
   *
   * @return the code, e.g. {@code QĐi}; present for every Party number, empty for a State number such as
   *     {@code 202/2025/QH15}
   */
  public abstract Optional<String> typeCode();

  /** {@return the issuer code (<i>ký hiệu cơ quan ban hành</i>), canonically spelled: {@code TW}, {@code CP}} */
  public abstract String issuerCode();

  /** {@return the text this number was parsed from, as written ("205- QĐ/TW"); not part of equality} */
  @Value.Auxiliary
  public abstract Optional<String> original();

  /**
   * A Party number from its parts.
   *
   * @param sequence the number, e.g. 35
   * @param typeCode the type code, e.g. "CT"
   * @param issuerCode the issuer code, e.g. "TW"
   * @return the number, e.g. {@code 35-CT/TW}
   * @throws ValidationException if the number is out of range (rule {@link #SEQUENCE}) or a code is not letters
   *     (rule {@link #CODE})
   */
  public static DocumentNumber of(int sequence, String typeCode, String issuerCode) {
    return builder().system(NumberingSystem.PARTY).sequence(sequence).typeCode(typeCode).issuerCode(issuerCode)
        .build();
  }

  /** {@return a new builder, for State numbers and code that sets parts one by one} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocumentNumber}; {@code build()} normalises and validates. */
  public static final class Builder extends ImmutableDocumentNumber.Builder {
    Builder() {}
  }

  /**
   * Parses a Party or State number, tolerantly (see the class description).
   *
   * @param text the text, e.g. "35-CT/TW", "205- QĐ/TW", "05-CT/TƯ", "15/2020/NĐ-CP"
   * @return the number, with {@code text} (stripped of surrounding white space) as its {@link #original()}
   * @throws ParseException if the text is not a number (rule {@link #SYNTAX}, or {@link #SEQUENCE},
   *     {@link #CODE}, {@link #PARTS} for a part out of range, at the index where the part begins)
   */
  public static DocumentNumber parse(CharSequence text) {
    return DocumentNumberParser.parse(text.toString());
  }

  /**
   * Whether {@link #parse} accepts the text.
   *
   * @param text the text
   * @return whether it is a Party or State number
   */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  /** {@return whether {@link #system()} is {@link NumberingSystem#PARTY}} */
  public boolean isParty() {
    return system() == NumberingSystem.PARTY;
  }

  /**
   * The document types this number's type code is used for.
   *
   * @return the candidates, e.g. [DECISION, REGULATION] for {@code 205-QĐ/TW}; empty for State numbers and unknown
   *     codes
   */
  public ImmutableSet<DocumentType> types() {
    return isParty() ? DocumentType.forAbbreviation(typeCode().orElseThrow()) : ImmutableSet.of();
  }

  /**
   * The issuer code, if it is one of the known Party codes.
   *
   * @return the code, e.g. {@link IssuerCode#TW}; empty for State numbers and unknown codes
   */
  public Optional<IssuerCode> issuer() {
    return isParty() ? IssuerCode.findByCode(issuerCode()) : Optional.empty();
  }

  @Value.Check
  DocumentNumber normalize() {
    SEQUENCE.require(sequence() >= 1 && sequence() <= MAX_SEQUENCE, "sequence", "number '%d' is out of range",
        sequence());
    Optional<String> type;
    String issuer;
    if (isParty()) {
      PARTS.require(typeCode().isPresent(), "typeCode", "Party number with issuer '%s' has no type code",
          issuerCode());
      PARTS.require(year().isEmpty(), "year", "Party number '%s' has year '%s'", sequence(),
          year().map(Year::toString).orElse(""));
      type = typeCode().map(DocumentNumber::canonicalPartyType);
      issuer = canonicalPartyIssuer(issuerCode());
      CODE.require(isPartyCode(type.orElseThrow()), "typeCode", "type code '%s' is not 1 to %d letters",
          typeCode().orElseThrow(), MAX_PARTY_CODE);
      CODE.require(isPartyCode(issuer), "issuerCode", "issuer code '%s' is not 1 to %d letters", issuerCode(),
          MAX_PARTY_CODE);
    } else {
      year().ifPresent(y -> PARTS.require(y.getValue() >= FIRST_STATE_YEAR && y.getValue() <= LAST_YEAR, "year",
          "year '%s' is out of range", y));
      type = typeCode().map(VietnameseText::normalize);
      issuer = VietnameseText.normalize(issuerCode());
      type.ifPresent(t -> CODE.require(isStateCode(t), "typeCode", "type code '%s' is malformed",
          typeCode().orElseThrow()));
      PARTS.require(type.isPresent() || !issuer.contains("-"), "issuerCode",
          "State number '%s' has no type code but issuer '%s' has several parts", sequence(), issuer);
      CODE.require(!issuer.isEmpty() && List.of(issuer.split("-", -1)).stream().allMatch(DocumentNumber::isStateCode),
          "issuerCode", "issuer code '%s' is malformed", issuerCode());
    }
    if (type.equals(typeCode()) && issuer.equals(issuerCode())) {
      return this;
    }
    return builder().from(this).typeCode(type).issuerCode(issuer).build();
  }

  private static String canonicalPartyType(String code) {
    return DocumentType.canonicalAbbreviation(code)
        .orElseGet(() -> VietnameseText.normalize(code).toUpperCase(Locale.ROOT));
  }

  private static String canonicalPartyIssuer(String code) {
    return IssuerCode.findByCode(code).map(IssuerCode::code).orElseGet(() -> IssuerCode.spellTw(code));
  }

  private static boolean isPartyCode(String code) {
    return !code.isEmpty() && code.length() <= MAX_PARTY_CODE && code.chars().allMatch(Character::isLetter);
  }

  private static boolean isStateCode(String code) {
    return !code.isEmpty() && Character.isLetter(code.charAt(0))
        && code.chars().allMatch(Character::isLetterOrDigit);
  }

  /** Returns the canonical text, e.g. {@code 08-QĐi/TW} or {@code 15/2020/NĐ-CP}. */
  @Override
  public String toString() {
    String number = formatSequence(sequence());
    if (isParty()) {
      return number + "-" + typeCode().orElseThrow() + "/" + issuerCode();
    }
    return number + "/" + year().map(y -> y + "/").orElse("") + typeCode().map(t -> t + "-").orElse("")
        + issuerCode();
  }

  /** Writes a number with at least two digits, as numbering starts from 01. */
  static String formatSequence(int sequence) {
    return sequence < 10 ? "0" + sequence : Integer.toString(sequence);
  }
}
