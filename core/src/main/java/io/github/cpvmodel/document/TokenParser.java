package io.github.cpvmodel.document;

import io.github.cpvmodel.ParseException;
import io.github.cpvmodel.Rule;
import io.github.cpvmodel.ValidationException;
import io.github.cpvmodel.document.DocumentNumberParser.Kind;
import io.github.cpvmodel.document.DocumentNumberParser.Token;
import java.util.HashMap;
import java.util.Map;

/**
 * What the readers of numbers and citations share: the tokens of the input, a cursor over them, where each part
 * began (so that a part the value rejects fails at its own index), and the one shape of a syntax error.
 *
 * <p>A reader reads a region of its input: the whole of it for {@code parse}, or, in <b>prefix</b> mode, the value
 * that starts at the beginning of the region and runs as far as it makes sense, as a citation runs on in a longer
 * text. Errors quote the region only and count their index from its start, so that reading at many places of a long
 * text costs no more per place than the region.
 */
abstract class TokenParser {
  final String input;
  final Tokens tokens;
  /** The region read: [from, to) of the input. */
  final int from;
  final int to;
  /** Whether the value is the longest start of the region rather than the whole region. */
  final boolean prefix;
  /** Where each part of the value began in the input, by the value's path of that part. */
  final Map<String, Integer> partStarts = new HashMap<>();
  /** The index of the next token to read. */
  int next;
  /** Tokens from this index on are read as the end of the input. */
  int limit = Integer.MAX_VALUE;

  private final Rule syntax;
  private final String what;

  TokenParser(String input, Tokens tokens, int from, int to, boolean prefix, Rule syntax, String what) {
    this.input = input;
    this.tokens = tokens;
    this.from = from;
    this.to = to;
    this.prefix = prefix;
    this.syntax = syntax;
    this.what = what;
  }

  /** The token at index {@code i}; at or after the limit, the end, placed after the last token before it. */
  final Token token(int i) {
    return i < limit ? tokens.get(i) : Token.end(tokens.get(limit - 1).end());
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
    Token token = token(next);
    if (token.kind() != Kind.END) {
      next++;
    }
    return token;
  }

  /** The next token, left unread. */
  final Token peek() {
    return token(next);
  }

  /** The syntax error of the input at a token. */
  final RuntimeException error(Token at, String why) {
    return error(syntax, at.start(), why);
  }

  /**
   * An error of the input at an index of the input: a {@link ParseException}, or in prefix mode a {@link Stop},
   * since reading at many places of a text fails at most of them and only where it failed matters.
   */
  final RuntimeException error(Rule rule, int index, String why) {
    return prefix ? new Stop(index) : ParseException.of(rule, what, region(), index - from, why);
  }

  /** The rejection of a value read, at the index of the input where its offending part begins. */
  final RuntimeException rejected(int index, ValidationException cause) {
    return prefix ? new Stop(index) : ParseException.of(region(), index - from, cause);
  }

  /** Where prefix reading stopped making sense: a failure without a message or a stack trace, cheap to throw. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The index of the input where reading stopped. */
    final int index;

    Stop(int index) {
      super(null, null, false, false);
      this.index = index;
    }
  }

  /** The text of the region, which errors quote. */
  private String region() {
    return input.substring(from, to);
  }
}
