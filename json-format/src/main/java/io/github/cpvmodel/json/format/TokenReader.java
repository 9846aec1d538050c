package io.github.cpvmodel.json.format;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A pull parser over JSON tokens, implemented once per JSON library. Malformed input and broken limits are reported
 * by the implementation as {@link JsonDataException}s with the rule they break; member names given twice are found
 * by the shapes that read the tokens, so a parser need not look for them.
 */
public interface TokenReader {
  /**
   * Moves to the next token.
   *
   * @return the token, {@link Token#END} at the end of the input
   * @throws IOException if the input cannot be read
   */
  Token next() throws IOException;

  /**
   * Moves to the next token and tells whether it is the given member name: the fast path for members in their
   * expected order.
   *
   * @param expected the name expected next
   * @return whether the next token is a {@link Token#NAME} equal to {@code expected}
   * @throws IOException if the input cannot be read
   */
  boolean nextName(Name expected) throws IOException;

  /** {@return the current token} */
  Token current();

  /**
   * The current member name.
   *
   * @return the name, when the current token is a {@link Token#NAME}
   * @throws IOException if the input cannot be read
   */
  String name() throws IOException;

  /**
   * The text of the current string (or number) token.
   *
   * @return the text
   * @throws IOException if the input cannot be read
   */
  String text() throws IOException;

  /**
   * The value of the current string token, taken from a cache of values already made from equal text, so that
   * repeated ids and codes are made and stored once.
   *
   * @param cache the cache
   * @param <V> the type of the value
   * @return the value
   * @throws IOException if the input cannot be read
   */
  <V> V text(TextCache<V> cache) throws IOException;

  /**
   * The value of the current {@link Token#INTEGER} token.
   *
   * @return the value
   * @throws IOException if the input cannot be read
   * @throws JsonDataException if the number is outside the range of a {@code long}
   */
  long longValue() throws IOException;

  /**
   * The exact value of the current number token.
   *
   * @return the value
   * @throws IOException if the input cannot be read
   */
  BigDecimal decimalValue() throws IOException;


  /** {@return the JSON Pointer of the current value, e.g. {@code /observations/3/value}} */
  String pointer();

  /** {@return the position of the current token: line in the high 32 bits, column in the low, both from 1} */
  long position();
}
