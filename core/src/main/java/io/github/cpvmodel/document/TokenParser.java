package io.github.cpvmodel.document;

import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.document.DocumentNumberParser.Kind;
import io.github.cpvmodel.document.DocumentNumberParser.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the readers of numbers and citations share: the tokens of the input, a cursor over them, where each part
 * began (so that a part the value rejects fails at its own index), and the one shape of a syntax error.
 */
abstract class TokenParser {
  final String input;
  final List<Token> tokens;
  /** Where each part of the value began in the input, by the value's path of that part. */
  final Map<String, Integer> partStarts = new HashMap<>();
  /** The index of the next token to read. */
  int next;

  private final Rule syntax;
  private final String what;

  TokenParser(String input, List<Token> tokens, Rule syntax, String what) {
    this.input = input;
    this.tokens = tokens;
    this.syntax = syntax;
    this.what = what;
  }

  /** Reads the next token, which must be of {@code kind}. */
  final Token expect(Kind kind, String description) {
    Token token = take();
    if (token.kind() != kind) {
      throw error(token, "expected " + description + ", found " + token.found());
    }
    return token;
  }

  /** Reads the next token; at the end, the end again. */
  final Token take() {
    Token token = tokens.get(next);
    if (token.kind() != Kind.END) {
      next++;
    }
    return token;
  }

  /** The next token, left unread. */
  final Token peek() {
    return tokens.get(next);
  }

  /** The syntax error of the input at a token. */
  final ParseException error(Token at, String why) {
    return ParseException.of(syntax, what, input, at.start(), why);
  }
}
