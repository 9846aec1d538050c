package io.github.cpvmodel.document;

import io.github.cpvmodel.ModelStyle;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.text.VietnameseText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * DocumentReference r = DocumentReference.parse("Chỉ thị 35");
 * registry.resolve(r, LocalDate.of(2019, 9, 30)); // FOUND: 35-CT/TW of 2019-05-30
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

  private static final int MAX_SEQUENCE = 999_999;
  private static final int LONGEST_TYPE_NAME = 4;
  /**
   * A trailing date of issue: "ngày 23-9-2019", "ngày 23/9/2019", "ngày 23.09.2019", "ngày 23 tháng 9 năm 2019",
   * after white space or a comma ("35-CT/TW, ngày 30/5/2019", as citations often write it).
   */
  private static final Pattern ISSUED = Pattern.compile(
      "(?:\\s*,\\s*|\\s+)ng(?:à|a\u0300|a)y\\s+(\\d{1,2})(?:[-/.]|\\s+th(?:á|a\u0301|a)ng\\s+)(\\d{1,2})"
          + "(?:[-/.]|\\s+n(?:ă|a\u0306|a)m\\s+)(\\d{4})\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  DocumentReference() {}

  /**
   * The type named, if any.
   *
   * @return the type, e.g. {@link DocumentType#DIRECTIVE} for "Chỉ thị 35"
   */
  public abstract Optional<DocumentType> type();

  /**
   * The full number, if given.
   *
   * @return the Party number, e.g. {@code 205-QĐ/TW}, or empty for "Chỉ thị 35"
   */
  public abstract Optional<DocumentNumber> number();

  /**
   * The number proper.
   *
   * @return the number, e.g. 35; the full number's when one is given
   */
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

  /**
   * The text this reference was parsed from; not part of equality.
   *
   * @return the text, e.g. "Quy định 205- QĐ/TW", or empty for a reference built from parts
   */
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

  /**
   * A builder.
   *
   * @return a new builder
   */
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
   * @throws ValidationException if the text is not a reference (rule {@link #SYNTAX} or the rules of
   *     {@link DocumentNumber}; the message quotes the input and the index where it stops making sense) or its
   *     parts disagree (rule {@link #PARTS})
   */
  public static DocumentReference parse(CharSequence text) {
    String whole = text.toString();
    Matcher date = ISSUED.matcher(whole);
    Optional<LocalDate> issued = Optional.empty();
    String input = whole;
    if (date.find()) {
      try {
        issued = Optional.of(LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
            Integer.parseInt(date.group(1))));
      } catch (DateTimeException e) {
        throw syntaxError(whole, date.start(1), "'" + date.group().strip() + "' is not a date");
      }
      input = whole.substring(0, date.start());
    }
    Builder reference = builder();
    issued.ifPresent(reference::issued);
    reference.original(whole.strip());
    return parse(whole, input, reference);
  }

  private static DocumentReference parse(String whole, String input, Builder reference) {
    List<int[]> words = words(input);
    Optional<DocumentType> type = Optional.empty();
    int rest = 0;
    for (int k = Math.min(LONGEST_TYPE_NAME, words.size()); k >= 1 && type.isEmpty(); k--) {
      type = DocumentType.fromName(input.substring(words.get(0)[0], words.get(k - 1)[1]));
      rest = type.isPresent() ? k : 0;
    }
    int index = rest < words.size() ? words.get(rest)[0] : input.length();
    if (rest > 0 && rest < words.size()
        && VietnameseText.foldKey(input.substring(index, words.get(rest)[1])).equals("so")) {
      index = ++rest < words.size() ? words.get(rest)[0] : input.length();
    }
    type.ifPresent(reference::type);
    if (index == input.length()) {
      throw syntaxError(whole, index, type.isPresent() ? "expected the number after the type"
          : "expected a type and a number, e.g. 'Chỉ thị 35'");
    }
    String tail = input.substring(index).strip();
    if (type.isPresent() && tail.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int sequence = DocumentNumber.parseSequence(tail);
      if (sequence < 1 || sequence > MAX_SEQUENCE) {
        throw new ValidationException(PARTS.violation("sequence", String.format(
            "'%s' has number '%s' at index %d, out of range", whole, tail, index)));
      }
      return reference.sequence(sequence).build();
    }
    return reference.number(DocumentNumber.parse(input, index, input.length())).build();
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

  private static List<int[]> words(String input) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < input.length()) {
      if (Character.isWhitespace(input.charAt(i)) || Character.isSpaceChar(input.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < input.length() && !Character.isWhitespace(input.charAt(i)) && !Character.isSpaceChar(input.charAt(i))) {
        i++;
      }
      words.add(new int[] {start, i});
    }
    return words;
  }

  private static ValidationException syntaxError(String input, int index, String why) {
    return new ValidationException(SYNTAX.violation("", String.format(
        "'%s' stops making sense as a document reference at index %d: %s", input, index, why)));
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
    PARTS.require(sequence() >= 1 && sequence() <= MAX_SEQUENCE, "sequence", "number '%d' is out of range",
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
    return cited + issued().map(d -> String.format(Locale.ROOT, " ngày %d/%d/%04d", d.getDayOfMonth(),
        d.getMonthValue(), d.getYear())).orElse("");
  }
}
