package io.github.cpvmodel.json.format;

import java.io.IOException;
import java.math.BigDecimal;

/** A JSON generator, implemented once per JSON library. */
public interface TokenWriter {
  /**
   * Writes an opening brace.
   *
   * @throws IOException if the output cannot be written
   */
  void startObject() throws IOException;

  /**
   * Writes a closing brace.
   *
   * @throws IOException if the output cannot be written
   */
  void endObject() throws IOException;

  /**
   * Writes {@code [}.
   *
   * @throws IOException if the output cannot be written
   */
  void startArray() throws IOException;

  /**
   * Writes {@code ]}.
   *
   * @throws IOException if the output cannot be written
   */
  void endArray() throws IOException;

  /**
   * Writes a member name.
   *
   * @param name the name
   * @throws IOException if the output cannot be written
   */
  void name(Name name) throws IOException;

  /**
   * Writes a member name that is not declared, such as a key of the schema.
   *
   * @param name the name
   * @throws IOException if the output cannot be written
   */
  void name(String name) throws IOException;

  /**
   * Writes a string.
   *
   * @param text the string
   * @throws IOException if the output cannot be written
   */
  void string(String text) throws IOException;

  /**
   * Writes a string value that repeats (an id, a code, a period) in the form this library prepared of it.
   *
   * @param text the text
   * @throws IOException if the output cannot be written
   */
  void string(PreparedText text) throws IOException;

  /**
   * Writes a whole number.
   *
   * @param value the number
   * @throws IOException if the output cannot be written
   */
  void number(long value) throws IOException;

  /**
   * Writes a decimal number in plain notation (never with an exponent).
   *
   * @param value the number
   * @throws IOException if the output cannot be written
   */
  void number(BigDecimal value) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   * @throws IOException if the output cannot be written
   */
  void bool(boolean value) throws IOException;
}
