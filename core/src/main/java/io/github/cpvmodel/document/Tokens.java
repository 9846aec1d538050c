package io.github.cpvmodel.document;

import io.github.cpvmodel.document.DocumentNumberParser.Kind;
import io.github.cpvmodel.document.DocumentNumberParser.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of a region of a text, white space left out, scanned left to right only as far as a reader asks: a
 * reader that stops after a few tokens of a long text has scanned only those. Past the last token it answers an
 * {@link Kind#END} token at the end of the region.
 */
final class Tokens {
  /** One token per match: white space, a run of ASCII digits, a word, or any one other character. */
  private static final Pattern TOKEN = Pattern.compile(
      "(?<space>[\\p{javaWhitespace}\\p{javaSpaceChar}]++)"
          + "|(?<number>[0-9]++)"
          + "|(?<word>\\p{javaLetter}[\\p{javaLetter}\\p{Mn}\\p{Mc}0-9]*+)"
          + "|(?<sign>.)",
      Pattern.DOTALL);

  private final Matcher matcher;
  private final List<Token> scanned = new ArrayList<>();
  private final Token end;
  private boolean done;

  /**
   * The tokens of [from, to) of a text.
   *
   * @param input the text
   * @param from the first char of the region
   * @param to the end of the region, exclusive
   */
  Tokens(String input, int from, int to) {
    this.matcher = TOKEN.matcher(input).region(from, to);
    this.end = Token.end(to);
  }

  /** {@return the token at index {@code i}, or the end token when the region has no more} */
  Token get(int i) {
    while (!done && scanned.size() <= i) {
      scanOne();
    }
    return i < scanned.size() ? scanned.get(i) : end;
  }

  private void scanOne() {
    while (matcher.find()) {
      if (matcher.start("space") < 0) {
        Kind kind = matcher.start("number") >= 0 ? Kind.NUMBER
            : matcher.start("word") >= 0 ? Kind.WORD : sign(matcher.group());
        scanned.add(Token.of(kind, matcher.group(), matcher.start(), matcher.end()));
        return;
      }
    }
    done = true;
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
      case "(":
        return Kind.OPEN;
      case ")":
        return Kind.CLOSE;
      default:
        return Kind.OTHER;
    }
  }
}
