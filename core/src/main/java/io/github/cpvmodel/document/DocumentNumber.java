package io.github.cpvmodel.document;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.text.VietnameseText;
import java.text.Normalizer;
import java.time.Year;
import java.util.Arrays;
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
 * <p><b>What is built reads back.</b> Whatever the builder accepts prints as text that {@link #parse} reads as an
 * equal number, so the builder rejects the parts no text can carry: letters outside the Vietnamese alphabet and
 * digits other than 0-9 in a code ({@code 35-CT/TÜ} is not {@code 35-CT/TU}, a provincial committee's number), a
 * State number with neither year nor type ({@code 01/CP}), and a State number without a year whose issuer is a
 * Party code ({@code 01/QĐ-TW}, which texts write for the Party number {@code 01-QĐ/TW}).
 *
 * <p>Rejects text longer than an identifier (200 characters, rule {@link TextKind#LENGTH}) at
 * once, and so a built number whose text would be longer, text that is neither form (rule {@link #SYNTAX}, quoting the input and the index where it stops making
 * sense), a number outside 1..999999 (rule {@link #SEQUENCE}), codes that are not letters of the Vietnamese
 * alphabet (rule {@link #CODE}), a Party number with a year or without a type, a State year before 1945, a State
 * number without a type whose issuer has several parts, a State number with neither year nor type and a State
 * number without a year whose issuer is a Party code (rule {@link #PARTS}).
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

  /** Codes are made of letters of the Vietnamese alphabet (and, for the State, digits 0-9). */
  public static final Rule CODE = Rule.of("document-number.code",
      "a Party type or issuer code is 1 to 12 letters of the Vietnamese alphabet (e.g. 'QĐi', 'VPTW', 'TƯ'); a "
          + "State code is such letters and the digits 0-9, starting with a letter, issuer parts joined by '-' "
          + "(e.g. 'TTg', 'UBTVQH15', 'UBND-TCKT')");

  /** A Party number has a type and no year; a State number has parts its text can carry. */
  public static final Rule PARTS = Rule.of("document-number.parts",
      "a Party number has a type code and no year; a State number's year is from 1945 to 9999, a State number has "
          + "a year or a type code ('15/2020/NĐ-CP', '202/2025/QH15', '388/TTr-CP'), a State number without a "
          + "type code has an issuer code of one part (else the text would read its first part as the type), and "
          + "a State number without a year has an issuer that is not a Party code (else the text '01/QĐ-TW' "
          + "would read as the Party number '01-QĐ/TW')");

  static final int MAX_SEQUENCE = 999_999;
  private static final int MAX_PARTY_CODE = 12;
  private static final int FIRST_STATE_YEAR = 1945;
  private static final int LAST_YEAR = 9999;

  /** The five tones of Vietnamese, as combining marks: grave, acute, tilde, hook above, dot below. */
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  /** The marks that make Â Ê Ô (circumflex), Ă (breve) and Ơ Ư (horn). */
  private static final String VOWEL_MARKS = "\u0302\u0306\u031B";

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
   * @throws ParseException if the text is longer than an identifier (rule {@link TextKind#LENGTH}, at once) or
   *     is not a number (rule {@link #SYNTAX}, or {@link #SEQUENCE}, {@link #CODE}, {@link #PARTS} for a part out
   *     of range, at the index where the part begins)
   */
  public static DocumentNumber parse(CharSequence text) {
    TextKind.IDENTIFIER.requireParsable(text, DocumentNumberParser.WHAT);
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
    // Almost every number is a Party number written with canonical known codes: it passes every check below as it
    // is, which a glance at the two codes tells.
    if (isParty() && sequence() >= 1 && sequence() <= MAX_SEQUENCE && year().isEmpty()
        && KnownCodes.isCanonicalParty(typeCode().orElse(null), issuerCode())) {
      return this;
    }
    return normalizeFully();
  }

  /** {@link #normalize} of any number: checks every part and gives the canonical spelling of the codes. */
  private DocumentNumber normalizeFully() {
    // Each condition is tested before its message is made: every number parsed or built passes here.
    if (sequence() < 1 || sequence() > MAX_SEQUENCE) {
      SEQUENCE.require(false, "sequence", "number '%d' is out of range", sequence());
    }
    typeCode().ifPresent(t -> requireVietnamese(t, "typeCode", "type code"));
    requireVietnamese(issuerCode(), "issuerCode", "issuer code");
    Optional<String> type;
    String issuer;
    if (isParty()) {
      if (typeCode().isEmpty()) {
        PARTS.require(false, "typeCode", "Party number with issuer '%s' has no type code", issuerCode());
      }
      if (year().isPresent()) {
        PARTS.require(false, "year", "Party number '%s' has year '%s'", sequence(), year().orElseThrow());
      }
      type = typeCode().map(DocumentNumber::canonicalPartyType);
      issuer = canonicalPartyIssuer(issuerCode());
      if (!isPartyCode(type.orElseThrow())) {
        CODE.require(false, "typeCode", "type code '%s' is not 1 to %d letters", typeCode().orElseThrow(),
            MAX_PARTY_CODE);
      }
      if (!isPartyCode(issuer)) {
        CODE.require(false, "issuerCode", "issuer code '%s' is not 1 to %d letters", issuerCode(), MAX_PARTY_CODE);
      }
    } else {
      year().ifPresent(y -> PARTS.require(y.getValue() >= FIRST_STATE_YEAR && y.getValue() <= LAST_YEAR, "year",
          "year '%s' is out of range", y));
      type = typeCode().map(VietnameseText::normalize);
      issuer = VietnameseText.normalize(issuerCode());
      if (type.isPresent() && !isStateCode(type.get())) {
        CODE.require(false, "typeCode", "type code '%s' is malformed", typeCode().orElseThrow());
      }
      if (type.isEmpty() && year().isEmpty()) {
        PARTS.require(false, "typeCode", "State number '%s/%s' has neither a year nor a type code",
            formatSequence(sequence()), issuer);
      }
      if (type.isEmpty() && issuer.contains("-")) {
        PARTS.require(false, "issuerCode", "State number '%s' has no type code but issuer '%s' has several parts",
            sequence(), issuer);
      }
      if (year().isEmpty() && !issuer.contains("-") && isPartyIssuer(issuer)) {
        PARTS.require(false, "issuerCode", "State number '%3$s/%1$s-%2$s' has no year and the Party issuer code "
            + "'%2$s', so its text reads as the Party number '%3$s-%1$s/%2$s'", type.orElse(""), issuer,
            formatSequence(sequence()));
      }
      if (!isStateIssuer(issuer)) {
        CODE.require(false, "issuerCode", "issuer code '%s' is malformed", issuerCode());
      }
      // Parsing reads no more than an identifier, so the text of the whole number must fit one.
      int digits = 2;
      for (int rest = sequence() / 100; rest > 0; rest /= 10) {
        digits++;
      }
      int length = digits + (year().isPresent() ? 5 : 0)
          + type.map(t -> t.length() + 1).orElse(0) + issuer.length() + 1;
      if (length > TextKind.IDENTIFIER.maxLength()) {
        TextKind.IDENTIFIER.requireLength(stateText(sequence(), year(), type, issuer), "issuerCode");
      }
    }
    if (type.equals(typeCode()) && issuer.equals(issuerCode())) {
      return this;
    }
    return builder().from(this).typeCode(type).issuerCode(issuer).build();
  }

  /**
   * Checks that a code as given fits an identifier and is written in the Vietnamese alphabet, before any upper-
   * casing could turn a foreign letter into a Vietnamese one (the long s "ſ" into "S").
   */
  private static void requireVietnamese(String code, String path, String what) {
    if (KnownCodes.isKnown(code)) {
      return;
    }
    TextKind.IDENTIFIER.requireLength(code, path);
    String normal = VietnameseText.normalize(code);
    int foreign = indexOfForeignLetter(normal);
    if (foreign >= 0) {
      int c = normal.codePointAt(foreign);
      CODE.require(false, path, "%s '%s' has '%s' (U+%04X), which is not a letter of the Vietnamese alphabet or a "
          + "digit 0-9", what, code, Character.toString(c), c);
    }
  }

  /**
   * Where normalised text has its first letter, digit or mark that Vietnamese writing does not use: a letter
   * other than A-Z, Đ and the vowels with Vietnamese marks (Ă Â Ê Ô Ơ Ư, the five tones), a digit other than 0-9,
   * or another mark. Other characters (signs, spaces) are no letters and are left to the caller.
   *
   * @param normal text normalised by {@link VietnameseText#normalize}
   * @return the index, or -1 if every letter is Vietnamese
   */
  static int indexOfForeignLetter(String normal) {
    for (int i = 0; i < normal.length(); i = normal.offsetByCodePoints(i, 1)) {
      int c = normal.codePointAt(i);
      boolean letter = Character.isLetterOrDigit(c) || isMark(c);
      if (letter && c >= 0x80 && c != 'Đ' && c != 'đ' && TONES.indexOf(c) < 0 && VOWEL_MARKS.indexOf(c) < 0
          && !isVietnameseVowel(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a precomposed letter is a vowel of the Vietnamese alphabet, with at most one tone. */
  private static boolean isVietnameseVowel(int c) {
    String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
    char base = Character.toLowerCase(decomposed.charAt(0));
    if (decomposed.length() < 2 || "aeiouy".indexOf(base) < 0) {
      return false;
    }
    int tones = 0;
    int vowelMarks = 0;
    for (int i = 1; i < decomposed.length(); i++) {
      char mark = decomposed.charAt(i);
      if (TONES.indexOf(mark) >= 0) {
        tones++;
      } else if (mark == '\u0302' && "aeo".indexOf(base) >= 0 || mark == '\u0306' && base == 'a'
          || mark == '\u031B' && "ou".indexOf(base) >= 0) {
        vowelMarks++;
      } else {
        return false;
      }
    }
    return tones <= 1 && vowelMarks <= 1;
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Whether a code is an issuer code of the Party, as the text of a number tells them: a known code, or one
   * ending in TW ("TƯ" read as "TW").
   */
  static boolean isPartyIssuer(String code) {
    return IssuerCode.findByCode(code).isPresent() || IssuerCode.spellTw(code).endsWith("TW");
  }

  private static String canonicalPartyType(String code) {
    String known = KnownCodes.TYPES.get(code);
    return known != null ? known : DocumentType.canonicalAbbreviation(code)
        .orElseGet(() -> VietnameseText.normalize(code).toUpperCase(Locale.ROOT));
  }

  private static String canonicalPartyIssuer(String code) {
    String known = KnownCodes.ISSUERS.get(code);
    return known != null ? known
        : IssuerCode.findByCode(code).map(IssuerCode::code).orElseGet(() -> IssuerCode.spellTw(code));
  }

  /**
   * The type and issuer codes of Party numbers as the abbreviation table and the issuer codes spell them, with their
   * canonical forms: almost every number read is written with one of them, which then needs no folding to be
   * recognised and no scan to be known for letters of the Vietnamese alphabet. Each entry is what the full way
   * gives for that exact spelling. A reader finds the spelling in its input without cutting it out
   * ({@link #spelling}), so that numbers share these strings rather than each holding copies.
   */
  static final class KnownCodes {
    static final ImmutableMap<String, String> TYPES = Arrays.stream(DocumentType.values())
        .flatMap(type -> type.abbreviations().stream()).distinct().filter(KnownCodes::isVietnamese)
        .collect(ImmutableMap.toImmutableMap(code -> code, code -> DocumentType.canonicalAbbreviation(code)
            .orElseThrow()));
    static final ImmutableMap<String, String> ISSUERS = Arrays.stream(IssuerCode.values()).map(IssuerCode::code)
        .filter(KnownCodes::isVietnamese)
        .collect(ImmutableMap.toImmutableMap(code -> code, code -> IssuerCode.findByCode(code).orElseThrow().code()));

    /** Every known spelling, placed by its {@link String#hashCode} in a table with room to spare. */
    private static final String[] SPELLINGS = spellings();

    /**
     * For each slot of {@link #SPELLINGS}, whether its spelling is the canonical spelling of a Party type code
     * ({@link #CANONICAL_TYPE}) or issuer code ({@link #CANONICAL_ISSUER}) that {@link #normalizeFully} keeps as
     * it is.
     */
    private static final byte[] CANONICAL = canonical();

    private static final byte CANONICAL_TYPE = 1;
    private static final byte CANONICAL_ISSUER = 2;

    private KnownCodes() {}

    private static byte[] canonical() {
      byte[] flags = new byte[SPELLINGS.length];
      for (int slot = 0; slot < SPELLINGS.length; slot++) {
        String code = SPELLINGS[slot];
        if (code != null && code.equals(TYPES.get(code)) && isPartyCode(code)) {
          flags[slot] |= CANONICAL_TYPE;
        }
        if (code != null && code.equals(ISSUERS.get(code)) && isPartyCode(code)) {
          flags[slot] |= CANONICAL_ISSUER;
        }
      }
      return flags;
    }

    /**
     * Whether a Party number with these codes needs neither checks of its codes nor new spellings: both are known
     * and canonical.
     *
     * @param type the type code, or null
     * @param issuer the issuer code
     * @return whether both are canonical known codes
     */
    static boolean isCanonicalParty(String type, String issuer) {
      return type != null && (flags(type) & CANONICAL_TYPE) != 0 && (flags(issuer) & CANONICAL_ISSUER) != 0;
    }

    private static int flags(String code) {
      int slot = slot(code.hashCode(), code, 0, code.length());
      return slot < 0 ? 0 : CANONICAL[slot];
    }

    /** Whether {@link #requireVietnamese} accepts a code, which it then need not check again. */
    private static boolean isVietnamese(String code) {
      return code.length() <= TextKind.IDENTIFIER.maxLength()
          && indexOfForeignLetter(VietnameseText.normalize(code)) < 0;
    }

    private static String[] spellings() {
      String[] table = new String[Integer.highestOneBit((TYPES.size() + ISSUERS.size()) * 4)];
      for (String code : ImmutableSet.<String>builder().addAll(TYPES.keySet()).addAll(ISSUERS.keySet()).build()) {
        int slot = code.hashCode() & (table.length - 1);
        while (table[slot] != null) {
          slot = (slot + 1) & (table.length - 1);
        }
        table[slot] = code;
      }
      return table;
    }

    static boolean isKnown(String code) {
      return find(code.hashCode(), code, 0, code.length()) != null;
    }

    /**
     * The known spelling that the chars from {@code from} to {@code to} of a text are, or null.
     *
     * @param text the text
     * @param from the first char's index
     * @param to the index after the last char
     * @return the known spelling, the same string whichever text it is found in
     */
    static String spelling(String text, int from, int to) {
      int hash = 0;
      for (int i = from; i < to; i++) {
        hash = 31 * hash + text.charAt(i);
      }
      return find(hash, text, from, to);
    }

    private static String find(int hash, String text, int from, int to) {
      int slot = slot(hash, text, from, to);
      return slot < 0 ? null : SPELLINGS[slot];
    }

    /** The slot of the known spelling that the chars from {@code from} to {@code to} of a text are, or -1. */
    private static int slot(int hash, String text, int from, int to) {
      int mask = SPELLINGS.length - 1;
      for (int slot = hash & mask; SPELLINGS[slot] != null; slot = (slot + 1) & mask) {
        String known = SPELLINGS[slot];
        if (known == text || known.length() == to - from && text.regionMatches(from, known, 0, known.length())) {
          return slot;
        }
      }
      return -1;
    }
  }

  private static boolean isPartyCode(String code) {
    if (code.isEmpty() || code.length() > MAX_PARTY_CODE) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      if (!Character.isLetter(code.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isStateCode(String code) {
    if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
      return false;
    }
    for (int i = 1; i < code.length(); i++) {
      if (!Character.isLetterOrDigit(code.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** An issuer code of a State number: codes joined by '-'. */
  private static boolean isStateIssuer(String issuer) {
    if (issuer.isEmpty()) {
      return false;
    }
    int start = 0;
    for (int dash = issuer.indexOf('-'); ; dash = issuer.indexOf('-', start)) {
      if (!isStateCode(issuer.substring(start, dash < 0 ? issuer.length() : dash))) {
        return false;
      }
      if (dash < 0) {
        return true;
      }
      start = dash + 1;
    }
  }

  /** Returns the canonical text, e.g. {@code 08-QĐi/TW} or {@code 15/2020/NĐ-CP}. */
  @Override
  public String toString() {
    String number = formatSequence(sequence());
    if (isParty()) {
      return number + "-" + typeCode().orElseThrow() + "/" + issuerCode();
    }
    return stateText(sequence(), year(), typeCode(), issuerCode());
  }

  private static String stateText(int sequence, Optional<Year> year, Optional<String> type, String issuer) {
    return formatSequence(sequence) + "/" + year.map(y -> y + "/").orElse("") + type.map(t -> t + "-").orElse("")
        + issuer;
  }

  /** Writes a number with at least two digits, as numbering starts from 01. */
  static String formatSequence(int sequence) {
    return sequence < 10 ? "0" + sequence : Integer.toString(sequence);
  }
}
