package io.github.cpvmodel.document;

import static io.github.cpvmodel.document.DocumentReference.SYNTAX;

import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.document.DocumentNumberParser.Kind;
import io.github.cpvmodel.document.DocumentNumberParser.Token;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the text of a {@link DocumentReference} over the tokens of {@link DocumentNumberParser}:
 * <pre>
 * reference = [type-name ["số" [":"]]] (number-proper | document-number) [[","] date]
 * date      = "ngày" day sep month sep year | "ngày" day "tháng" month "năm" year    (sep: "-" "/" ".")
 * </pre>
 * The reader checks only the layout; whether the parts agree is the value's check, and a part the value rejects
 * fails at the index where the part begins.
 */
final class DocumentReferenceParser {
  private static final String WHAT = "a document reference";
  private static final int LONGEST_TYPE_NAME = 4;
  /** "ngày", day, separator or "tháng", month, separator or "năm", year. */
  private static final int DATE_TOKENS = 6;
  private static final Set<Kind> DATE_SEPARATORS = EnumSet.of(Kind.DASH, Kind.SLASH, Kind.DOT);

  private final String input;
  private final List<Token> tokens;

  private DocumentReferenceParser(String input) {
    this.input = input;
    this.tokens = DocumentNumberParser.scan(input, 0, input.length());
  }

  static DocumentReference parse(String input) {
    return new DocumentReferenceParser(input).reference();
  }

  private DocumentReference reference() {
    DocumentReference.Builder reference = DocumentReference.builder().original(input.strip());
    int end = tokens.size() - 1;
    int dateStart = dateStart();
    if (dateStart < end) {
      reference.issued(date(dateStart));
      end = tokens.get(dateStart - 1).kind() == Kind.COMMA ? dateStart - 1 : dateStart;
    }
    int endIndex = end == tokens.size() - 1 ? input.length() : end == 0 ? 0 : tokens.get(end - 1).end();
    // The type's name is the longest run of up to four leading words that names one; the number follows it.
    int first = 0;
    Optional<DocumentType> type = Optional.empty();
    for (int k = leadingWords(Math.min(LONGEST_TYPE_NAME, end)); k >= 1 && type.isEmpty(); k--) {
      type = DocumentType.findByName(input.substring(tokens.get(0).start(), tokens.get(k - 1).end()));
      first = type.isPresent() ? k : 0;
    }
    type.ifPresent(reference::type);
    if (first > 0 && first < end && tokens.get(first).isWord("so")) {
      first += first + 1 < end && tokens.get(first + 1).kind() == Kind.COLON ? 2 : 1;
    }
    if (first == end) {
      throw ParseException.of(SYNTAX, WHAT, input, endIndex, type.isPresent()
          ? "expected the number after the type" : "expected a type and a number, e.g. 'Chỉ thị 35'");
    }
    Token start = tokens.get(first);
    if (type.isPresent() && end == first + 1 && start.kind() == Kind.NUMBER) {
      reference.sequence(DocumentNumberParser.sequence(start.text()));
    } else {
      List<Token> number = new ArrayList<>(tokens.subList(first, end));
      number.add(Token.end(endIndex));
      reference.number(DocumentNumberParser.parse(input, number));
    }
    try {
      return reference.build();
    } catch (ValidationException e) {
      boolean ofType = e.violations().get(0).path().equals("type");
      throw ParseException.of(input, ofType ? tokens.get(0).start() : start.start(), e);
    }
  }

  /** How many of the first {@code limit} tokens are words, counting from the first one. */
  private int leadingWords(int limit) {
    int k = 0;
    while (k < limit && tokens.get(k).kind() == Kind.WORD) {
      k++;
    }
    return k;
  }

  /**
   * Where a trailing date of issue begins: the index of its "ngày" token, after white space or a comma; the index
   * of the {@link Kind#END} token when the text does not end with a date.
   */
  private int dateStart() {
    int end = tokens.size() - 1;
    int at = end - DATE_TOKENS;
    boolean separated = at >= 1
        && (tokens.get(at - 1).end() < tokens.get(at).start() || tokens.get(at - 1).kind() == Kind.COMMA);
    return separated && tokens.get(at).isWord("ngay") && isDate(at + 1) ? at : end;
  }

  /** Whether the five tokens from {@code i} are "d/M/yyyy" or "d tháng M năm yyyy". */
  private boolean isDate(int i) {
    boolean numbers = isNumber(i, 2) && isNumber(i + 2, 2) && isNumber(i + 4, 4);
    boolean separated = DATE_SEPARATORS.contains(tokens.get(i + 1).kind())
        && DATE_SEPARATORS.contains(tokens.get(i + 3).kind());
    boolean spelled = tokens.get(i + 1).isWord("thang") && tokens.get(i + 3).isWord("nam");
    return numbers && (separated || spelled);
  }

  private boolean isNumber(int i, int maxDigits) {
    Token token = tokens.get(i);
    return token.kind() == Kind.NUMBER && token.text().length() <= maxDigits
        && (maxDigits != 4 || token.text().length() == 4);
  }

  private LocalDate date(int at) {
    Token day = tokens.get(at + 1);
    try {
      return LocalDate.of(Integer.parseInt(tokens.get(at + 5).text()), Integer.parseInt(tokens.get(at + 3).text()),
          Integer.parseInt(day.text()));
    } catch (DateTimeException e) {
      throw ParseException.of(SYNTAX, WHAT, input, day.start(), "'"
          + input.substring(tokens.get(at).start(), tokens.get(at + 5).end()) + "' is not a date");
    }
  }
}
