package io.github.cpvmodel.document;

import static io.github.cpvmodel.document.DocumentReference.PARTS;
import static io.github.cpvmodel.document.DocumentReference.SYNTAX;

import com.google.common.collect.ImmutableList;
import io.github.cpvmodel.Id;
import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.RomanNumeral;
import io.github.cpvmodel.TextKind;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.document.DocumentNumberParser.Kind;
import io.github.cpvmodel.document.DocumentNumberParser.Token;
import io.github.cpvmodel.document.TokenParser.Stop;
import io.github.cpvmodel.text.VietnameseText;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the text of a {@link DocumentReference} over the tokens of {@link DocumentNumberParser}, left to right,
 * each token looked at a bounded number of times (so reading is linear in the text):
 * <pre>
 * reference  = [type-name] ["số" [":"]] [number-proper | document-number] [occasion] {[","] (date | issuer)}
 * occasion   = "Đại hội" ["đại biểu toàn quốc" | "Đảng toàn quốc" | "toàn quốc"] ["lần thứ"] numeral
 *            | ["Hội nghị"] "Trung ương" ["lần thứ"] ordinal [[","] committee] [","] terms
 *            | "Hội nghị" "lần thứ" ordinal [","] committee [","] terms
 *            | "Hội nghị" committee "lần thứ" ordinal [","] terms
 * committee  = ("Ban Chấp hành" | "BCH") ("Trung ương" | "TW") ["Đảng"] | "Trung ương" ["Đảng"]
 * terms      = "khóa" numeral {"," numeral} | "(" "khóa" numeral {"," numeral} ")"
 * ordinal    = digits | (after "lần thứ") a number in words from "nhất" to "hai mươi"
 * date       = "ngày" d sep M sep yyyy | "ngày" d "tháng" M "năm" yyyy | "tháng" M (sep yyyy | "năm" yyyy)
 *            | "năm" yyyy                                            (sep: "-" "/" ".")
 * issuer     = "của" words naming a central body
 * </pre>
 * The reader checks only the layout; whether the parts agree is the value's check, and a part the value rejects
 * fails at the index where the part begins. A citation that names several terms ("Nghị quyết Trung ương 4 (khóa XI,
 * XII)") names one document per term.
 *
 * <p>In <b>prefix</b> mode ({@link #find}) the reader reads the citation that starts at a place of a longer text and
 * stops where it stops making sense: an optional part that does not read (a date without a year, an issuer no
 * citation names) is left to the text that follows, and the issuer is the longest run of words that names one.
 */
final class DocumentReferenceParser extends TokenParser {
  static final String WHAT = "a document reference";
  private static final int LONGEST_TYPE_NAME = 4;
  private static final Set<Kind> DATE_SEPARATORS = EnumSet.of(Kind.DASH, Kind.SLASH, Kind.DOT);

  private DocumentReferenceParser(String input, int from, int to, boolean prefix) {
    super(input, new Tokens(input, from, to), from, to, prefix, SYNTAX, WHAT);
  }

  static DocumentReference parse(String input) {
    ImmutableList<DocumentReference> references = new DocumentReferenceParser(input, 0, input.length(), false)
        .references();
    return references.get(0);
  }

  /**
   * The references of the citation that starts at {@code position} in {@code text}; moves the position to its end,
   * or sets the error index and answers none.
   */
  static ImmutableList<DocumentReference> find(String text, ParsePosition position) {
    DocumentReferenceParser reader = prefixReader(text, position);
    try {
      ImmutableList<DocumentReference> references = reader.references();
      position.setIndex(reader.token(reader.next - 1).end());
      return references;
    } catch (ValidationException | Stop e) {
      return reader.failed(position, e);
    }
  }

  /**
   * The congress or plenums named at {@code position} in {@code text}, as a report names a meeting ("Đại hội XIII
   * của Đảng", "Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XIII"); moves the position to the end, or
   * sets the error index and answers none.
   */
  static ImmutableList<Occasion> findOccasions(String text, ParsePosition position) {
    DocumentReferenceParser reader = prefixReader(text, position);
    try {
      List<Occasion> occasions = reader.occasion();
      if (occasions.isEmpty()) {
        throw reader.error(reader.peek(), "expected 'Đại hội' or 'Hội nghị' and the plenum, found "
            + reader.peek().found());
      }
      if (occasions.get(0).isCongress()) {
        reader.ofTheParty();
      }
      position.setIndex(reader.token(reader.next - 1).end());
      return ImmutableList.copyOf(occasions);
    } catch (ValidationException | Stop e) {
      return reader.failed(position, e);
    }
  }

  /** A reader of at most a name's length of {@code text} from the position. */
  private static DocumentReferenceParser prefixReader(String text, ParsePosition position) {
    int from = position.getIndex();
    if (from < 0 || from > text.length()) {
      throw new IndexOutOfBoundsException("position " + from + " lies outside a text of " + text.length()
          + " chars");
    }
    return new DocumentReferenceParser(text, from, Math.min(text.length(), from + TextKind.NAME.maxLength()), true);
  }

  private <T> ImmutableList<T> failed(ParsePosition position, RuntimeException e) {
    position.setErrorIndex(e instanceof Stop ? ((Stop) e).index
        : from + (e instanceof ParseException ? ((ParseException) e).errorIndex() : 0));
    return ImmutableList.of();
  }

  private ImmutableList<DocumentReference> references() {
    DocumentReference.Builder reference = DocumentReference.builder();
    Optional<DocumentType> type = type();
    type.ifPresent(reference::type);
    int read = next;
    List<Occasion> occasions = List.of();
    parts:
    {
      boolean so = peek().isWord("so");
      if (so) {
        next++;
        if (peek().kind() == Kind.COLON) {
          next++;
        }
      }
      if (type.isPresent() && peek().kind() == Kind.WORD && !stops(next)) {
        if (prefix) {
          // "Kết luận Hội nghị": the type's name runs on into words of the sentence; only the type is cited.
          next = read;
          break parts;
        }
        // "Báo cáo tổng kết": the type's name runs on into words that are no part of a citation.
        int end = next;
        while (token(end).kind() == Kind.WORD && !stops(end)) {
          end++;
        }
        throw error(DocumentReference.TYPE, token(0).start(), "'"
            + input.substring(token(0).start(), token(end - 1).end()) + "' is not a document type");
      }
      boolean numbered = number(reference, type.isPresent());
      if (so && !numbered) {
        throw error(peek(), "expected the number after 'số', found " + peek().found());
      }
      read = next;
      occasions = optional(this::occasion, List.of());
      read = next;
      if (!numbered && occasions.isEmpty() && type.isEmpty()) {
        throw error(peek(), "expected a type and a number, e.g. 'Chỉ thị 35', or a full number, e.g. '35-CT/TW'");
      }
      if (!prefix && !numbered && occasions.isEmpty() && peek().kind() == Kind.END
          && !type.orElseThrow().abbreviations().isEmpty()) {
        throw error(peek(), "expected the number, an occasion, a date or the issuing body after the type, e.g. "
            + "'Chỉ thị 35'; only a type without numbers (Điều lệ Đảng, Cương lĩnh chính trị) is cited alone");
      }
      datesAndIssuer(reference);
    }
    if (!prefix) {
      reference.original(input.strip());
    } else {
      reference.original(input.substring(token(0).start(), token(next - 1).end()));
    }
    return build(reference, occasions);
  }

  /** The date and the issuing body, in either order, each after an optional comma. */
  private void datesAndIssuer(DocumentReference.Builder reference) {
    boolean dated = false;
    boolean issuer = false;
    while (peek().kind() != Kind.END && !(dated && issuer && prefix)) {
      int before = next;
      if (peek().kind() == Kind.COMMA) {
        next++;
      }
      Token at = peek();
      if (!dated && (at.isWord("ngay") || at.isWord("thang") || at.isWord("nam"))) {
        int datedFrom = next;
        Optional<IssueDate> date = optional(() -> {
          partStarts.put("issued", at.start());
          return date();
        }, Optional.empty());
        if (next == datedFrom) {
          next = before;
          return;
        }
        date.ifPresent(reference::issued);
        dated = true;
      } else if (!issuer && at.isWord("cua")) {
        Optional<Id> body = prefix ? knownIssuer() : Optional.of(issuer());
        if (body.isEmpty()) {
          next = before;
          return;
        }
        reference.issuingBody(body.get());
        issuer = true;
      } else if (prefix) {
        next = before;
        return;
      } else {
        String expected = dated ? "'của' and the issuing body" : issuer ? "a date ('ngày 30/5/2019', 'tháng "
            + "1/2012', 'năm 2012')" : "a date ('ngày 30/5/2019', 'tháng 1/2012', 'năm 2012') or 'của' and the issuing "
            + "body";
        throw error(at, "expected " + (dated && issuer ? "the end" : expected) + ", found " + at.found());
      }
    }
  }

  /**
   * Reads an optional part; in prefix mode a part that does not read is left unread (the reader goes back to where
   * it began) and {@code otherwise} is answered.
   */
  private <T> T optional(Supplier<T> part, T otherwise) {
    int before = next;
    try {
      return part.get();
    } catch (ParseException | Stop e) {
      if (!prefix) {
        throw e;
      }
      next = before;
      return otherwise;
    }
  }

  /** One reference per occasion named, or the one reference; a rejected part fails at the index where it begins. */
  private ImmutableList<DocumentReference> build(DocumentReference.Builder reference, List<Occasion> occasions) {
    if (!prefix && occasions.size() > 1) {
      throw error(PARTS, partStarts.get("occasion"), "'" + input.strip() + "' names " + occasions.size()
          + " documents, one for each term; a reference names one");
    }
    ImmutableList.Builder<DocumentReference> references = ImmutableList.builder();
    for (Occasion occasion : occasions) {
      references.add(build(reference.occasion(occasion)));
    }
    if (occasions.isEmpty()) {
      references.add(build(reference));
    }
    return references.build();
  }

  private DocumentReference build(DocumentReference.Builder reference) {
    try {
      return reference.build();
    } catch (ValidationException e) {
      String path = e.violations().get(0).path();
      int index = path.equals("type") ? token(0).start() : partStarts.getOrDefault(path, token(0).start());
      throw rejected(index, e);
    }
  }

  /** The type's name: the longest run of up to four leading words that names one. */
  private Optional<DocumentType> type() {
    int words = 0;
    while (words < LONGEST_TYPE_NAME && token(words).kind() == Kind.WORD) {
      words++;
    }
    StringBuilder key = new StringBuilder();
    String[] keys = new String[words];
    for (int k = 0; k < words; k++) {
      key.append(k == 0 ? "" : " ").append(token(k).key());
      keys[k] = key.toString();
    }
    for (int k = words; k >= 1; k--) {
      Optional<DocumentType> type = DocumentType.findByKey(keys[k - 1]);
      if (type.isPresent()) {
        next = k;
        return type;
      }
    }
    // "NQ 57": the abbreviation of one type, written in capitals before a number proper, stands for the type.
    Token first = token(0);
    if (words == 1 && isCapitals(first) && DocumentType.forAbbreviation(first.text()).size() == 1
        && token(1).kind() == Kind.NUMBER && !DATE_SEPARATORS.contains(token(2).kind())) {
      next = 1;
      return Optional.of(DocumentType.forAbbreviation(first.text()).iterator().next());
    }
    if (words > 0 && !token(0).isWord("so")) {
      int end = 0;
      while (token(end).kind() == Kind.WORD && !token(end).isWord("so") && (!prefix || end < words)) {
        end++;
      }
      String phrase = input.substring(token(0).start(), token(end - 1).end());
      throw error(DocumentReference.TYPE, token(0).start(), "'" + phrase + "' is not a document type");
    }
    return Optional.empty();
  }

  private static boolean isCapitals(Token token) {
    return token.text().chars().allMatch(c -> Character.isUpperCase(c));
  }

  /** Reads the number proper or a full number, if one comes next; true when one did. */
  private boolean number(DocumentReference.Builder reference, boolean typed) {
    int start = next;
    Token first = peek();
    if (prefix) {
      if (first.kind() != Kind.NUMBER) {
        return false;
      }
      partStarts.put("sequence", first.start());
      partStarts.put("number", first.start());
      Kind after = token(next + 1).kind();
      if (after == Kind.DASH || after == Kind.SLASH) {
        DocumentNumber number = DocumentNumberParser.read(this);
        reference.number(number);
        if (number.isParty()) {
          reference.sequence(number.sequence()); // what the value would fill in itself, given now
        }
        return true;
      }
      if (!typed) {
        throw error(token(next + 1), "expected '-' or '/' and the codes of a full number, e.g. '35-CT/TW', found "
            + token(next + 1).found());
      }
      next++;
      reference.sequence(DocumentNumberParser.sequence(first.text()));
      return true;
    }
    int end = start;
    while (token(end).kind() != Kind.END && !stops(end)) {
      end++;
    }
    if (end == start) {
      return false;
    }
    partStarts.put("sequence", first.start());
    partStarts.put("number", first.start());
    if (typed && end == start + 1 && first.kind() == Kind.NUMBER) {
      reference.sequence(DocumentNumberParser.sequence(first.text()));
      next = end;
    } else {
      limit = end;
      try {
        reference.number(DocumentNumberParser.read(this));
      } finally {
        limit = Integer.MAX_VALUE;
      }
    }
    next = end;
    return true;
  }

  /** Whether the token at {@code i} begins what follows a number: an occasion, a date, an issuer or a comma. */
  private boolean stops(int i) {
    Token token = token(i);
    return token.kind() == Kind.COMMA || token.isWord("ngay") || token.isWord("thang") || token.isWord("nam")
        || token.isWord("cua") || isPair(i, "dai", "hoi") || isPair(i, "hoi", "nghi") || isPair(i, "trung", "uong");
  }

  private boolean isPair(int i, String first, String second) {
    return token(i).isWord(first) && token(i + 1).isWord(second);
  }

  /** Reads "Đại hội XIII" or "Trung ương 4 khóa XII", if one comes next: the occasions it names, or none. */
  private List<Occasion> occasion() {
    Token start = peek();
    if (isPair(next, "dai", "hoi")) {
      next += 2;
      if (!skipWords("dai", "bieu", "toan", "quoc") && !skipWords("dang", "toan", "quoc")) {
        skipWords("toan", "quoc");
      }
      Optional<Integer> spelled = skipWords("lan", "thu") ? spelledOrdinal() : Optional.empty();
      int term = spelled.isPresent() ? spelled.get() : numeral("the ordinal of the congress, e.g. 'XIII'");
      partStarts.put("occasion", start.start());
      return List.of(build(start, () -> Occasion.congress(term)));
    }
    boolean meeting = isPair(next, "hoi", "nghi");
    if (meeting) {
      next += 2;
    }
    int plenum;
    if (isPair(next, "trung", "uong")) {
      next += 2;
      plenum = ordinal("the ordinal of the plenum, e.g. '4' in 'Trung ương 4 khóa XII'", skipWords("lan", "thu"));
      if (peek().kind() == Kind.COMMA && isCentralCommittee(next + 1)) {
        next++;
      }
      centralCommittee();
    } else if (meeting && skipWords("lan", "thu")) {
      plenum = ordinal("the ordinal of the plenum, e.g. 'chín' in 'Hội nghị lần thứ chín Ban Chấp hành Trung "
          + "ương'", true);
      if (peek().kind() == Kind.COMMA && isCentralCommittee(next + 1)) {
        next++;
      }
      if (!centralCommittee()) {
        throw error(peek(), "expected 'Ban Chấp hành Trung ương' after the ordinal of the plenum, found "
            + peek().found());
      }
    } else if (meeting && centralCommittee()) {
      if (!skipWords("lan", "thu")) {
        throw error(peek(), "expected 'lần thứ' and the ordinal of the plenum, found " + peek().found());
      }
      plenum = ordinal("the ordinal of the plenum, e.g. '13' in 'Hội nghị Ban Chấp hành Trung ương Đảng lần thứ 13'",
          true);
    } else if (meeting) {
      throw error(peek(), "expected 'Trung ương', 'lần thứ' or 'Ban Chấp hành Trung ương' after 'Hội nghị', found "
          + peek().found());
    } else {
      return List.of();
    }
    if (peek().kind() == Kind.COMMA) {
      next++;
    }
    List<Integer> terms = terms();
    partStarts.put("occasion", start.start());
    List<Occasion> occasions = new ArrayList<>();
    for (int term : terms) {
      occasions.add(build(start, () -> Occasion.plenum(plenum, term)));
    }
    return occasions;
  }

  /**
   * "Ban Chấp hành Trung ương", "BCH Trung ương", "Ban Chấp hành TW", "Trung ương", each with an optional "Đảng", if
   * it comes next; true when it did.
   */
  private boolean centralCommittee() {
    if (!isCentralCommittee(next)) {
      return false;
    }
    if (!skipWords("ban", "chap", "hanh")) {
      skipWords("bch");
    }
    if (!skipWords("trung", "uong")) {
      skipWords("tw");
    }
    skipWords("dang");
    return true;
  }

  private boolean isCentralCommittee(int i) {
    int at = token(i).isWord("bch") ? i + 1
        : token(i).isWord("ban") && token(i + 1).isWord("chap") && token(i + 2).isWord("hanh") ? i + 3 : i;
    return isPair(at, "trung", "uong") || at > i && token(at).isWord("tw");
  }

  /** "khóa XII", "(khóa XII)", "khóa XI, XII", "(khóa XI, XII)": the terms. */
  private List<Integer> terms() {
    boolean open = peek().kind() == Kind.OPEN;
    if (open) {
      next++;
    }
    if (!peek().isWord("khoa")) {
      throw error(peek(), "expected 'khóa' and the term, e.g. 'khóa XII', found " + peek().found());
    }
    next++;
    List<Integer> terms = new ArrayList<>();
    terms.add(numeral("the term, e.g. 'XII'"));
    while (peek().kind() == Kind.COMMA && isNumeral(token(next + 1))) {
      next++;
      terms.add(numeral("the term, e.g. 'XII'"));
    }
    if (open) {
      expect(Kind.CLOSE, "')' after the term");
    }
    return terms;
  }

  /** In a meeting's name, "của Đảng" or "của Đảng Cộng sản Việt Nam" after the congress. */
  private void ofTheParty() {
    if (isPair(next, "cua", "dang")) {
      next += 2;
      skipWords("cong", "san", "viet", "nam");
    }
  }

  /** Skips a run of words if all of them come next; true when it did. */
  private boolean skipWords(String... foldKeys) {
    for (int k = 0; k < foldKeys.length; k++) {
      if (!token(next + k).isWord(foldKeys[k])) {
        return false;
      }
    }
    next += foldKeys.length;
    return true;
  }

  /** Whether a token may be a term: digits, or letters of Roman numerals only. */
  private static boolean isNumeral(Token token) {
    return token.kind() == Kind.NUMBER || token.kind() == Kind.WORD && token.text().chars().allMatch(c -> "IVXLCDMivxlcdm"
        .indexOf(c) >= 0);
  }

  /** A Roman numeral or a number. */
  private int numeral(String what) {
    Token token = take();
    if (token.kind() == Kind.NUMBER) {
      return DocumentNumberParser.sequence(token.text());
    }
    if (token.kind() != Kind.WORD || prefix && !isNumeral(token)) {
      throw error(token, "expected " + what + ", found " + token.found());
    }
    try {
      return RomanNumeral.parse(token.text()).value();
    } catch (ValidationException e) {
      throw rejected(token.start(), e);
    }
  }

  /** Digits, or (when {@code spelled}, after "lần thứ") a number in words. */
  private int ordinal(String what, boolean spelled) {
    Optional<Integer> inWords = spelled ? spelledOrdinal() : Optional.empty();
    return inWords.isPresent() ? inWords.get() : DocumentNumberParser.sequence(expect(Kind.NUMBER, what).text());
  }

  /** A number written in words, "tư" or "mười ba", if one comes next. */
  private Optional<Integer> spelledOrdinal() {
    if (peek().kind() != Kind.WORD) {
      return Optional.empty();
    }
    OptionalInt two = token(next + 1).kind() == Kind.WORD
        ? VietnameseText.findOrdinal(peek().key() + " " + token(next + 1).key()) : OptionalInt.empty();
    if (two.isPresent()) {
      next += 2;
      return Optional.of(two.getAsInt());
    }
    OptionalInt one = VietnameseText.findOrdinal(peek().key());
    if (one.isPresent()) {
      next++;
    }
    return one.isPresent() ? Optional.of(one.getAsInt()) : Optional.empty();
  }

  /** A value built from parts read at {@code start}; a rejection fails there. */
  private <T> T build(Token start, Supplier<T> value) {
    try {
      return value.get();
    } catch (ValidationException e) {
      throw rejected(start.start(), e);
    }
  }

  /**
   * A date; in prefix mode, a day written without its year ("ngày 20/5", as reports of the same year write it) is
   * read over and answers empty: which year is not the citation's to say.
   */
  private Optional<IssueDate> date() {
    Token word = take();
    Token start = word;
    try {
      if (word.isWord("nam")) {
        return Optional.of(IssueDate.of(Year.of(year(take()))));
      }
      if (word.isWord("thang")) {
        int month = number(take(), 2, "the month");
        Token separator = take();
        if (!separator.isWord("nam") && !DATE_SEPARATORS.contains(separator.kind())) {
          throw error(separator, "expected '/' or 'năm' before the year, found " + separator.found());
        }
        return Optional.of(IssueDate.of(YearMonth.of(year(take()), month)));
      }
      start = peek();
      int day = number(take(), 2, "the day");
      Token first = take();
      boolean spelled = first.isWord("thang");
      if (!spelled && !DATE_SEPARATORS.contains(first.kind())) {
        throw error(first, "expected '/', '-', '.' or 'tháng' after the day, found " + first.found());
      }
      int month = number(take(), 2, "the month");
      Token second = peek();
      if (prefix && (spelled ? !second.isWord("nam") : !DATE_SEPARATORS.contains(second.kind())
          || token(next + 1).kind() != Kind.NUMBER)) {
        MonthDay.of(month, day);
        return Optional.empty();
      }
      next++;
      if (spelled ? !second.isWord("nam") : !DATE_SEPARATORS.contains(second.kind())) {
        throw error(second, "expected " + (spelled ? "'năm'" : "'/', '-' or '.'") + " before the year, found "
            + second.found());
      }
      return Optional.of(IssueDate.of(LocalDate.of(year(take()), month, day)));
    } catch (DateTimeException e) {
      throw error(SYNTAX, start.start(), "'" + input.substring(word.start(), token(next - 1).end())
          + "' is not a date");
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
    String name = input.substring(token(start).start(), token(next - 1).end());
    partStarts.put("issuingBody", token(start).start());
    return IssuingBodyNames.find(name).orElseThrow(() -> error(PARTS, token(start).start(), "'" + name
        + "' is not a body a citation names; known: " + IssuingBodyNames.all().values()));
  }

  /** In prefix mode: "của" and the longest run of words after it that names an issuing body, if any does. */
  private Optional<Id> knownIssuer() {
    int start = next + 1;
    StringBuilder key = new StringBuilder();
    Optional<Id> found = Optional.empty();
    int end = start;
    for (int k = start; k < start + IssuingBodyNames.LONGEST && token(k).kind() == Kind.WORD; k++) {
      key.append(k == start ? "" : " ").append(token(k).key());
      Optional<Id> body = IssuingBodyNames.findByKey(key.toString());
      if (body.isPresent()) {
        found = body;
        end = k + 1;
      }
    }
    if (found.isPresent()) {
      partStarts.put("issuingBody", token(start).start());
      next = end;
    }
    return found;
  }
}
