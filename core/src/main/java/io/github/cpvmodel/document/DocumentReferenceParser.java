package io.github.cpvmodel.document;

import static io.github.cpvmodel.document.DocumentReference.PARTS;
import static io.github.cpvmodel.document.DocumentReference.SYNTAX;

import io.github.cpvmodel.Id;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.RomanNumeral;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.document.DocumentNumberParser.Kind;
import io.github.cpvmodel.document.DocumentNumberParser.Token;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the text of a {@link DocumentReference} over the tokens of {@link DocumentNumberParser}, left to right,
 * each token looked at a bounded number of times (so reading is linear in the text):
 * <pre>
 * reference  = [type-name] ["số" [":"]] [number-proper | document-number] [occasion] {[","] (date | issuer)}
 * occasion   = "Đại hội" ["đại biểu toàn quốc"] ["lần thứ"] numeral
 *            | ["Hội nghị"] "Trung ương" ["lần thứ"] digits [","] "khóa" numeral
 * date       = "ngày" d sep M sep yyyy | "ngày" d "tháng" M "năm" yyyy | "tháng" M (sep yyyy | "năm" yyyy)
 *            | "năm" yyyy                                            (sep: "-" "/" ".")
 * issuer     = "của" words naming a central body
 * </pre>
 * The reader checks only the layout; whether the parts agree is the value's check, and a part the value rejects
 * fails at the index where the part begins.
 */
final class DocumentReferenceParser extends TokenParser {
  static final String WHAT = "a document reference";
  private static final int LONGEST_TYPE_NAME = 4;
  private static final Set<Kind> DATE_SEPARATORS = EnumSet.of(Kind.DASH, Kind.SLASH, Kind.DOT);

  private DocumentReferenceParser(String input) {
    super(input, DocumentNumberParser.scan(input, 0, input.length()), SYNTAX, WHAT);
  }

  static DocumentReference parse(String input) {
    return new DocumentReferenceParser(input).reference();
  }

  private DocumentReference reference() {
    DocumentReference.Builder reference = DocumentReference.builder().original(input.strip());
    Optional<DocumentType> type = type();
    type.ifPresent(reference::type);
    boolean so = peek().isWord("so");
    if (so) {
      next++;
      if (peek().kind() == Kind.COLON) {
        next++;
      }
    }
    if (type.isPresent() && peek().kind() == Kind.WORD && !stops(next)) {
      // "Báo cáo tổng kết": the type's name runs on into words that are no part of a citation.
      int end = next;
      while (tokens.get(end).kind() == Kind.WORD && !stops(end)) {
        end++;
      }
      throw ParseException.of(DocumentReference.TYPE, WHAT, input, tokens.get(0).start(), "'"
          + input.substring(tokens.get(0).start(), tokens.get(end - 1).end()) + "' is not a document type");
    }
    boolean numbered = number(reference, type.isPresent());
    if (so && !numbered) {
      throw error(peek(), "expected the number after 'số', found " + peek().found());
    }
    boolean occasion = occasion(reference);
    if (!numbered && !occasion && type.isEmpty()) {
      throw error(peek(), "expected a type and a number, e.g. 'Chỉ thị 35', or a full number, e.g. '35-CT/TW'");
    }
    if (!numbered && !occasion && peek().kind() == Kind.END && !type.orElseThrow().abbreviations().isEmpty()) {
      throw error(peek(), "expected the number, an occasion, a date or the issuing body after the type, e.g. "
          + "'Chỉ thị 35'; only a type without numbers (Điều lệ Đảng, Cương lĩnh chính trị) is cited alone");
    }
    boolean dated = false;
    boolean issuer = false;
    while (peek().kind() != Kind.END) {
      if (peek().kind() == Kind.COMMA) {
        next++;
      }
      Token at = peek();
      if (!dated && (at.isWord("ngay") || at.isWord("thang") || at.isWord("nam"))) {
        partStarts.put("issued", at.start());
        reference.issued(date());
        dated = true;
      } else if (!issuer && at.isWord("cua")) {
        reference.issuingBody(issuer());
        issuer = true;
      } else {
        String expected = dated ? "'của' and the issuing body" : issuer ? "a date ('ngày 30/5/2019', 'tháng "
            + "1/2012', 'năm 2012')" : "a date ('ngày 30/5/2019', 'tháng 1/2012', 'năm 2012') or 'của' and the issuing "
            + "body";
        throw error(at, "expected " + (dated && issuer ? "the end" : expected) + ", found " + at.found());
      }
    }
    try {
      return reference.build();
    } catch (ValidationException e) {
      String path = e.violations().get(0).path();
      int index = path.equals("type") ? 0 : partStarts.getOrDefault(path, tokens.get(0).start());
      throw ParseException.of(input, index, e);
    }
  }

  /** The type's name: the longest run of up to four leading words that names one. */
  private Optional<DocumentType> type() {
    int words = 0;
    while (words < LONGEST_TYPE_NAME && tokens.get(words).kind() == Kind.WORD) {
      words++;
    }
    for (int k = words; k >= 1; k--) {
      Optional<DocumentType> type =
          DocumentType.findByName(input.substring(tokens.get(0).start(), tokens.get(k - 1).end()));
      if (type.isPresent()) {
        next = k;
        return type;
      }
    }
    if (words > 0 && !tokens.get(0).isWord("so")) {
      int end = 0;
      while (tokens.get(end).kind() == Kind.WORD && !tokens.get(end).isWord("so")) {
        end++;
      }
      String phrase = input.substring(tokens.get(0).start(), tokens.get(end - 1).end());
      throw ParseException.of(DocumentReference.TYPE, WHAT, input, tokens.get(0).start(),
          "'" + phrase + "' is not a document type");
    }
    return Optional.empty();
  }

  /** Reads the number proper or a full number, if one comes next; true when one did. */
  private boolean number(DocumentReference.Builder reference, boolean typed) {
    int start = next;
    int end = start;
    while (tokens.get(end).kind() != Kind.END && !stops(end)) {
      end++;
    }
    if (end == start) {
      return false;
    }
    Token first = tokens.get(start);
    partStarts.put("sequence", first.start());
    partStarts.put("number", first.start());
    if (typed && end == start + 1 && first.kind() == Kind.NUMBER) {
      reference.sequence(DocumentNumberParser.sequence(first.text()));
    } else {
      List<Token> number = new ArrayList<>(tokens.subList(start, end));
      number.add(Token.end(tokens.get(end - 1).end()));
      reference.number(DocumentNumberParser.parse(input, number));
    }
    next = end;
    return true;
  }

  /** Whether the token at {@code i} begins what follows a number: an occasion, a date, an issuer or a comma. */
  private boolean stops(int i) {
    Token token = tokens.get(i);
    return token.kind() == Kind.COMMA || token.isWord("ngay") || token.isWord("thang") || token.isWord("nam")
        || token.isWord("cua") || isPair(i, "dai", "hoi") || isPair(i, "hoi", "nghi") || isPair(i, "trung", "uong");
  }

  private boolean isPair(int i, String first, String second) {
    return tokens.get(i).isWord(first) && tokens.get(i + 1).isWord(second);
  }

  /** Reads "Đại hội XIII" or "Trung ương 4 khóa XII", if one comes next; true when one did. */
  private boolean occasion(DocumentReference.Builder reference) {
    Token start = peek();
    if (isPair(next, "dai", "hoi")) {
      next += 2;
      skipWords("dai", "bieu", "toan", "quoc");
      skipWords("lan", "thu");
      partStarts.put("occasion", start.start());
      reference.occasion(build(start, () -> Occasion.congress(numeral("the ordinal of the congress, e.g. 'XIII'"))));
      return true;
    }
    if (isPair(next, "hoi", "nghi")) {
      next += 2;
      if (!isPair(next, "trung", "uong")) {
        throw error(peek(), "expected 'Trung ương' after 'Hội nghị', found " + peek().found());
      }
    }
    if (!isPair(next, "trung", "uong")) {
      return false;
    }
    next += 2;
    skipWords("lan", "thu");
    Token plenum = expect(Kind.NUMBER, "the ordinal of the plenum, e.g. '4' in 'Trung ương 4 khóa XII'");
    if (peek().kind() == Kind.COMMA) {
      next++;
    }
    if (!peek().isWord("khoa")) {
      throw error(peek(), "expected 'khóa' and the term, e.g. 'khóa XII', found " + peek().found());
    }
    next++;
    int term = numeral("the term, e.g. 'XII'");
    partStarts.put("occasion", start.start());
    reference.occasion(build(start, () -> Occasion.plenum(DocumentNumberParser.sequence(plenum.text()), term)));
    return true;
  }

  /** Skips a run of words if all of them come next. */
  private void skipWords(String... foldKeys) {
    for (int k = 0; k < foldKeys.length; k++) {
      if (!tokens.get(next + k).isWord(foldKeys[k])) {
        return;
      }
    }
    next += foldKeys.length;
  }

  /** A Roman numeral or a number. */
  private int numeral(String what) {
    Token token = take();
    if (token.kind() == Kind.NUMBER) {
      return DocumentNumberParser.sequence(token.text());
    }
    if (token.kind() != Kind.WORD) {
      throw error(token, "expected " + what + ", found " + token.found());
    }
    try {
      return RomanNumeral.parse(token.text()).value();
    } catch (ValidationException e) {
      throw ParseException.of(input, token.start(), e);
    }
  }

  /** A value built from parts read at {@code start}; a rejection fails there. */
  private <T> T build(Token start, Supplier<T> value) {
    try {
      return value.get();
    } catch (ValidationException e) {
      throw ParseException.of(input, start.start(), e);
    }
  }

  private IssueDate date() {
    Token word = take();
    Token start = word;
    try {
      if (word.isWord("nam")) {
        return IssueDate.of(Year.of(year(take())));
      }
      if (word.isWord("thang")) {
        int month = number(take(), 2, "the month");
        Token separator = take();
        if (!separator.isWord("nam") && !DATE_SEPARATORS.contains(separator.kind())) {
          throw error(separator, "expected '/' or 'năm' before the year, found " + separator.found());
        }
        return IssueDate.of(YearMonth.of(year(take()), month));
      }
      start = peek();
      int day = number(take(), 2, "the day");
      Token first = take();
      boolean spelled = first.isWord("thang");
      if (!spelled && !DATE_SEPARATORS.contains(first.kind())) {
        throw error(first, "expected '/', '-', '.' or 'tháng' after the day, found " + first.found());
      }
      int month = number(take(), 2, "the month");
      Token second = take();
      if (spelled ? !second.isWord("nam") : !DATE_SEPARATORS.contains(second.kind())) {
        throw error(second, "expected " + (spelled ? "'năm'" : "'/', '-' or '.'") + " before the year, found "
            + second.found());
      }
      return IssueDate.of(LocalDate.of(year(take()), month, day));
    } catch (DateTimeException e) {
      throw ParseException.of(SYNTAX, WHAT, input, start.start(), "'"
          + input.substring(word.start(), tokens.get(next - 1).end()) + "' is not a date");
    }
  }

  private int number(Token token, int maxDigits, String what) {
    if (token.kind() != Kind.NUMBER || token.text().length() > maxDigits) {
      throw error(token, "expected " + what + " (up to " + maxDigits + " digits), found " + token.found());
    }
    return Integer.parseInt(token.text());
  }

  private int year(Token token) {
    if (token.kind() != Kind.NUMBER || token.text().length() != 4) {
      throw error(token, "expected a four-digit year, found " + token.found());
    }
    return Integer.parseInt(token.text());
  }

  private Id issuer() {
    Token of = take();
    int start = next;
    while (peek().kind() == Kind.WORD && !peek().isWord("ngay") && !peek().isWord("thang") && !peek().isWord("nam")) {
      next++;
    }
    if (next == start) {
      throw error(peek(), "expected the name of the issuing body after '" + of.text() + "', found " + peek().found());
    }
    String name = input.substring(tokens.get(start).start(), tokens.get(next - 1).end());
    partStarts.put("issuingBody", tokens.get(start).start());
    return IssuingBodyNames.find(name).orElseThrow(() -> ParseException.of(PARTS, WHAT, input,
        tokens.get(start).start(), "'" + name + "' is not a body a citation names; known: "
            + IssuingBodyNames.all().values()));
  }




}
