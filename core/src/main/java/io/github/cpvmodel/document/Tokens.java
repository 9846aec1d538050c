package io.github.cpvmodel.document;

import io.github.cpvmodel.document.DocumentNumberParser.Kind;
import io.github.cpvmodel.document.DocumentNumberParser.Token;
import java.util.ArrayList;
import java.util.List;
import io.github.cpvmodel.text.VietnameseText;

/**
 * The tokens of a region of a text, white space left out, scanned left to right only as far as a reader asks: a
 * reader that stops after a few tokens of a long text has scanned only those. A token is a run of ASCII digits, a
 * word ({@link VietnameseText#endOfWord}) or any one other character (a code point). Past
 * the last token it answers an {@link Kind#END} token at the end of the region.
 */
final class Tokens {
  private final String input;
  private final int to;
  private final List<Token> scanned = new ArrayList<>();
  private final Token end;
  private int at;

  /**
   * The tokens of [from, to) of a text.
   *
   * @param input the text
   * @param from the first char of the region
   * @param to the end of the region, exclusive
   */
  Tokens(String input, int from, int to) {
    this.input = input;
    this.to = to;
    this.at = from;
    this.end = Token.end(to);
  }

  /** {@return the token at index {@code i}, or the end token when the region has no more} */
  Token get(int i) {
    while (scanned.size() <= i && scanOne()) {
      // scanned one more
    }
    return i < scanned.size() ? scanned.get(i) : end;
  }

  /** Scans the next token, if the region has one. */
  private boolean scanOne() {
    while (at < to && isSpace(input.codePointAt(at))) {
      at += Character.charCount(input.codePointAt(at));
    }
    if (at >= to) {
      return false;
    }
    int start = at;
    int c = input.codePointAt(at);
    Kind kind;
    if (c >= '0' && c <= '9') {
      while (at < to && input.charAt(at) >= '0' && input.charAt(at) <= '9') {
        at++;
      }
      kind = Kind.NUMBER;
    } else if (Character.isLetter(c)) {
      at = VietnameseText.endOfWord(input, at);
      kind = Kind.WORD;
    } else {
      at += Character.charCount(c);
      kind = c < Character.MIN_SUPPLEMENTARY_CODE_POINT ? sign((char) c) : Kind.OTHER;
    }
    at = Math.min(at, to);
    scanned.add(Token.of(kind, input.substring(start, at), start, at));
    return true;
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static Kind sign(char c) {
    switch (c) {
      case '-': case '\u2010': case '\u2011': case '\u2012': case '\u2013':
        return Kind.DASH;
      case '/':
        return Kind.SLASH;
      case ':':
        return Kind.COLON;
      case ',':
        return Kind.COMMA;
      case '.':
        return Kind.DOT;
      case '(':
        return Kind.OPEN;
      case ')':
        return Kind.CLOSE;
      default:
        return Kind.OTHER;
    }
  }
}
