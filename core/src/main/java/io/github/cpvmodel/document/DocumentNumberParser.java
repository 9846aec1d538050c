package io.github.cpvmodel.document;

import static io.github.cpvmodel.document.DocumentNumber.SYNTAX;

import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.text.VietnameseText;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the text of a {@link DocumentNumber}: the tokens of a citation ({@link Tokens}: runs of digits, words,
 * single signs), then this grammar over them:
 * <pre>
 * number = ["số" [":"]] digits "-" type "/" issuer                  a Party number
 *        | ["số" [":"]] digits "/" [year "/"] code {"-" code}       a State number, or "205/QĐ-TW" for a Party one
 * </pre>
 * The reader checks only the layout; the ranges and spellings of the parts are the value's checks, and a part the
 * value rejects fails at the index where the part begins. Within a citation it reads the tokens the citation gives it;
 * in prefix mode it stops where the number is complete.
 */
final class DocumentNumberParser extends TokenParser {
  static final String WHAT = "a document number";

  /** What a token is. */
  enum Kind { NUMBER, WORD, DASH, SLASH, COLON, COMMA, DOT, OPEN, CLOSE, OTHER, END }

  /**
   * A token of a citation, with its place in the input; {@code end} is exclusive. A word's {@code key} is its
   * {@linkplain VietnameseText#foldKey fold key}, computed once; other tokens' key is their text.
   */
  record Token(Kind kind, String text, int start, int end, String key) {
    static Token of(Kind kind, String text, int start, int end) {
      return new Token(kind, text, start, end, kind == Kind.WORD ? VietnameseText.foldKey(text) : text);
    }

    boolean isWord(String foldKey) {
      return kind == Kind.WORD && key.equals(foldKey);
    }

    /** Quotes the token for a message, or says "the end". */
    String found() {
      return kind == Kind.END ? "the end" : "'" + text + "'";
    }

    static Token end(int index) {
      return new Token(Kind.END, "", index, index, "");
    }
  }

  /** The token that began the number (with "số", if written). */
  private final int first;

  private DocumentNumberParser(TokenParser outer) {
    super(outer.input, outer.tokens, outer.from, outer.to, outer.prefix, SYNTAX, WHAT);
    this.first = outer.next;
    this.next = outer.next;
    this.limit = outer.limit;
  }

  private DocumentNumberParser(String input) {
    super(input, new Tokens(input, 0, input.length()), 0, input.length(), false, SYNTAX, WHAT);
    this.first = 0;
  }

  /** Reads a whole text as a number. */
  static DocumentNumber parse(String input) {
    DocumentNumber plain = plainNumber(input);
    return plain != null ? plain : parseByGrammar(input);
  }

  /** Reads a whole text as a number by the grammar over tokens, whatever the text: {@link #parse} without shortcut. */
  static DocumentNumber parseByGrammar(String input) {
    return new DocumentNumberParser(input).number();
  }

  /**
   * The number of a text written plainly, as documents print numbers ("205-QĐ/TW", "15/2020/NĐ-CP", "388/TTr-CP"):
   * ASCII digits, then '-' or '/', words (a letter, then letters and ASCII digits) and ASCII digits joined by '-' and
   * '/', with no space or other sign. The grammar reads such a text as tokens of one char or one run each, so it is
   * read here without them, taking the grammar's decisions in the same order, to the same value. Null for any
   * other text, and for one the grammar rejects, so that the grammar reads it again and reports where.
   */
  private static DocumentNumber plainNumber(String input) {
    int n = input.length();
    int at = digits(input, 0);
    if (at == 0 || at == n) {
      return null;
    }
    DocumentNumber.Builder value = DocumentNumber.builder().sequence(sequence(input, 0, at)).original(input);
    if (input.charAt(at) == '-') {
      int slash = word(input, at + 1);
      if (slash < 0 || slash == n || input.charAt(slash) != '/' || word(input, slash + 1) != n) {
        return null;
      }
      value.system(NumberingSystem.PARTY).typeCode(code(input, at + 1, slash)).issuerCode(code(input, slash + 1, n));
    } else if (input.charAt(at) == '/') {
      value.system(NumberingSystem.STATE);
      int first = at + 1;
      int yearEnd = digits(input, first);
      boolean hasYear = yearEnd > first;
      if (hasYear) {
        if (yearEnd - first != 4 || yearEnd == n || input.charAt(yearEnd) != '/') {
          return null;
        }
        value.year(Year.of(Integer.parseInt(input, first, yearEnd, 10)));
        first = yearEnd + 1;
      }
      int firstEnd = word(input, first);
      if (firstEnd < 0) {
        return null;
      }
      if (firstEnd == n) {
        if (!hasYear) {
          return null;
        }
        value.issuerCode(code(input, first, n));
      } else {
        int parts = 0;
        for (int end = firstEnd; end < n; parts++) {
          end = input.charAt(end) == '-' ? word(input, end + 1) : -1;
          if (end < 0) {
            return null;
          }
        }
        String type = code(input, first, firstEnd);
        String rest = code(input, firstEnd + 1, n);
        if (!hasYear && parts == 1 && DocumentNumber.isPartyIssuer(rest)) {
          // "205/QĐ-TW": a Party number in the State layout, as some texts write it.
          value.system(NumberingSystem.PARTY);
        }
        value.typeCode(type).issuerCode(rest);
      }
    } else {
      return null;
    }
    try {
      return value.build();
    } catch (ValidationException e) {
      return null;
    }
  }

  /** The code from {@code from} to {@code to}: the shared string of a known spelling, else a new one. */
  private static String code(String input, int from, int to) {
    String known = DocumentNumber.KnownCodes.spelling(input, from, to);
    return known != null ? known : input.substring(from, to);
  }

  /** Where the run of ASCII digits from {@code from} ends. */
  private static int digits(String input, int from) {
    int i = from;
    while (i < input.length() && isDigit(input.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where the word from {@code from} ends: a letter, then letters and ASCII digits (of the BMP); -1 if none starts. */
  private static int word(String input, int from) {
    if (from >= input.length() || !isPlainLetter(input.charAt(from))) {
      return -1;
    }
    int i = from + 1;
    while (i < input.length() && (isPlainLetter(input.charAt(i)) || isDigit(input.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isPlainLetter(char c) {
    return Character.isLetter(c) && !Character.isSurrogate(c);
  }

  /**
   * Reads a number from the next token of a citation's reader, up to the reader's limit (or, in prefix mode, as far
   * as the number goes), and moves the reader past it; messages quote the reader's region.
   */
  static DocumentNumber read(TokenParser citation) {
    DocumentNumberParser reader = new DocumentNumberParser(citation);
    DocumentNumber number = reader.number();
    citation.next = reader.next;
    return number;
  }

  /** The value of a run of ASCII digits, leading zeros ignored; {@link Integer#MAX_VALUE} when far too long. */
  static int sequence(String digits) {
    return sequence(digits, 0, digits.length());
  }

  /** The value of the run of ASCII digits from {@code from} to {@code to}, as {@link #sequence(String)} reads it. */
  private static int sequence(String text, int from, int to) {
    int first = from;
    while (first < to - 1 && text.charAt(first) == '0') {
      first++;
    }
    return to - first > 9 ? Integer.MAX_VALUE : Integer.parseInt(text, first, to, 10);
  }

  private DocumentNumber number() {
    // Headers print "Số 35-CT/TW" or "Số: 35-CT/TW"; the word is not part of the number.
    if (peek().isWord("so")) {
      next++;
      if (peek().kind() == Kind.COLON) {
        next++;
      }
    }
    Token number = expect(Kind.NUMBER, "the number, e.g. '35' in '35-CT/TW'");
    DocumentNumber.Builder value = DocumentNumber.builder().sequence(sequence(part("sequence", number)));
    Token separator = take();
    if (separator.kind() == Kind.DASH) {
      Token type = expect(Kind.WORD, "the type code, e.g. 'CT' in '35-CT/TW'");
      expect(Kind.SLASH, "'/' before the issuer code, e.g. '/TW' in '35-CT/TW'");
      Token issuer = expect(Kind.WORD, "the issuer code, e.g. 'TW' in '35-CT/TW'");
      expectEnd("the end of the number after the issuer code");
      return party(value, type, issuer);
    }
    if (separator.kind() != Kind.SLASH) {
      throw error(separator, "expected '-' (a Party number, e.g. '35-CT/TW') or '/' (a State number, e.g. "
          + "'15/2020/NĐ-CP'), found " + separator.found());
    }
    boolean hasYear = peek().kind() == Kind.NUMBER;
    if (hasYear) {
      Token year = take();
      if (year.text().length() != 4) {
        throw error(year, "expected a four-digit year, e.g. '2020' in '15/2020/NĐ-CP'");
      }
      value.year(Year.of(Integer.parseInt(part("year", year))));
      expect(Kind.SLASH, "'/' after the year, e.g. '15/2020/NĐ-CP'");
    }
    Token first = expect(Kind.WORD, "the codes of type and issuer, e.g. 'NĐ-CP' in '15/2020/NĐ-CP'");
    List<Token> rest = new ArrayList<>();
    while (peek().kind() == Kind.DASH && (!prefix || token(next + 1).kind() == Kind.WORD)) {
      take();
      rest.add(expect(Kind.WORD, "a code after '-'"));
    }
    expectEnd("'-' or the end of the number");
    value.system(NumberingSystem.STATE);
    if (rest.isEmpty()) {
      if (!hasYear) {
        throw error(peek(), "expected '-' and the issuer code after the type code, e.g. '388/TTr-CP'");
      }
      return build(value.issuerCode(part("issuerCode", first)));
    }
    if (!hasYear && rest.size() == 1 && DocumentNumber.isPartyIssuer(rest.get(0).text())) {
      // "205/QĐ-TW": a Party number in the State layout, as some texts write it.
      return party(value, first, rest.get(0));
    }
    value.typeCode(part("typeCode", first));
    partStarts.put("issuerCode", rest.get(0).start());
    return build(value.issuerCode(rest.stream().map(Token::text).collect(Collectors.joining("-"))));
  }

  /** The number ends here: the input must end, unless the number is the start of a longer text. */
  private void expectEnd(String description) {
    if (!prefix) {
      expect(Kind.END, description);
    }
  }

  private DocumentNumber party(DocumentNumber.Builder value, Token type, Token issuer) {
    return build(value.system(NumberingSystem.PARTY).typeCode(part("typeCode", type))
        .issuerCode(part("issuerCode", issuer)));
  }

  /** Builds the value read; a part it rejects fails at the index where that part begins. */
  private DocumentNumber build(DocumentNumber.Builder value) {
    value.original(input.substring(token(first).start(), token(next - 1).end()));
    try {
      return value.build();
    } catch (ValidationException e) {
      String part = e.violations().get(0).path();
      throw rejected(partStarts.getOrDefault(part, token(first).start()), e);
    }
  }

  /** The text of a part of the number, remembering where it begins. */
  private String part(String name, Token token) {
    partStarts.put(name, token.start());
    return token.text();
  }
}
