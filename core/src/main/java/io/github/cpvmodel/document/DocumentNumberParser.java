package io.github.cpvmodel.document;

import static io.github.cpvmodel.document.DocumentNumber.SYNTAX;

import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.text.VietnameseText;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the text of a {@link DocumentNumber}: the tokens of a citation (white space, runs of digits, words, single
 * signs), then this grammar over them:
 * <pre>
 * number = ["số" [":"]] digits "-" type "/" issuer                  a Party number
 *        | ["số" [":"]] digits "/" [year "/"] code {"-" code}       a State number, or "205/QĐ-TW" for a Party one
 * </pre>
 * The reader checks only the layout; the ranges and spellings of the parts are the value's checks, and a part the
 * value rejects fails at the index where the part begins.
 */
final class DocumentNumberParser extends TokenParser {
  static final String WHAT = "a document number";

  /** One token per match: white space, a run of ASCII digits, a word, or any one other character. */
  private static final Pattern TOKEN = Pattern.compile(
      "(?<space>[\\p{javaWhitespace}\\p{javaSpaceChar}]++)"
          + "|(?<number>[0-9]++)"
          + "|(?<word>\\p{javaLetter}[\\p{javaLetter}\\p{Mn}\\p{Mc}0-9]*+)"
          + "|(?<sign>.)",
      Pattern.DOTALL);

  /** What a token is. */
  enum Kind { NUMBER, WORD, DASH, SLASH, COLON, COMMA, DOT, OTHER, END }

  /** A token of a citation, with its place in the input; {@code end} is exclusive. */
  record Token(Kind kind, String text, int start, int end) {
    boolean isWord(String foldKey) {
      return kind == Kind.WORD && VietnameseText.foldKey(text).equals(foldKey);
    }

    /** Quotes the token for a message, or says "the end". */
    String found() {
      return kind == Kind.END ? "the end" : "'" + text + "'";
    }

    static Token end(int index) {
      return new Token(Kind.END, "", index, index);
    }
  }

  private DocumentNumberParser(String input, List<Token> tokens) {
    super(input, tokens, SYNTAX, WHAT);
  }

  /**
   * The tokens of the region [from, to) of a text, white space left out, ending with an {@link Kind#END} token at
   * {@code to}.
   */
  static List<Token> scan(String input, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(input).region(from, to);
    while (m.find()) {
      if (m.start("space") >= 0) {
        continue;
      }
      Kind kind = m.start("number") >= 0 ? Kind.NUMBER : m.start("word") >= 0 ? Kind.WORD : sign(m.group());
      tokens.add(new Token(kind, m.group(), m.start(), m.end()));
    }
    tokens.add(Token.end(to));
    return tokens;
  }

  private static Kind sign(String c) {
    switch (c) {
      case "-": case "\u2010": case "\u2011": case "\u2012": case "\u2013":
        return Kind.DASH;
      case "/":
        return Kind.SLASH;
      case ":":
        return Kind.COLON;
      case ",":
        return Kind.COMMA;
      case ".":
        return Kind.DOT;
      default:
        return Kind.OTHER;
    }
  }

  /** Reads a whole text as a number. */
  static DocumentNumber parse(String input) {
    return parse(input, scan(input, 0, input.length()));
  }

  /**
   * Reads tokens of {@code input}, ending with an {@link Kind#END} token, as a number; messages quote the whole
   * input and index into it.
   */
  static DocumentNumber parse(String input, List<Token> tokens) {
    return new DocumentNumberParser(input, tokens).number();
  }

  /** The value of a run of ASCII digits, leading zeros ignored; {@link Integer#MAX_VALUE} when far too long. */
  static int sequence(String digits) {
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++;
    }
    return digits.length() - first > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits, first, digits.length(), 10);
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
      expect(Kind.END, "the end of the number after the issuer code");
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
    while (peek().kind() == Kind.DASH) {
      take();
      rest.add(expect(Kind.WORD, "a code after '-'"));
    }
    expect(Kind.END, "'-' or the end of the number");
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

  private DocumentNumber party(DocumentNumber.Builder value, Token type, Token issuer) {
    return build(value.system(NumberingSystem.PARTY).typeCode(part("typeCode", type))
        .issuerCode(part("issuerCode", issuer)));
  }

  /** Builds the value read; a part it rejects fails at the index where that part begins. */
  private DocumentNumber build(DocumentNumber.Builder value) {
    Token last = tokens.get(tokens.size() - 2);
    value.original(input.substring(tokens.get(0).start(), last.end()));
    try {
      return value.build();
    } catch (ValidationException e) {
      String part = e.violations().get(0).path();
      throw ParseException.of(input, partStarts.getOrDefault(part, tokens.get(0).start()), e);
    }
  }

  /** The text of a part of the number, remembering where it begins. */
  private String part(String name, Token token) {
    partStarts.put(name, token.start());
    return token.text();
  }




}
