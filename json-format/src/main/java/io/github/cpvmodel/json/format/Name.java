package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * A member name of the wire format, declared once as a constant and prepared once per JSON library for fast
 * matching and writing (a {@link PreparedText}).
 */
public final class Name {
  private final PreparedText text;

  private Name(String text) {
    this.text = PreparedText.of(text);
  }

  /**
   * A name.
   *
   * @param text the name as written on the wire, camelCase ASCII
   * @return the name
   */
  public static Name of(String text) {
    requireNonNull(text, "text");
    if (!text.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("Wire name '" + text + "' is not camelCase ASCII");
    }
    return new Name(text);
  }

  /** {@return the name as written on the wire} */
  public String text() {
    return text.text();
  }

  /**
   * The form a JSON library prepared for this name, made on first use.
   *
   * @param slot the library's slot (see {@link PreparedText#prepared})
   * @param prepare makes the prepared form from the text
   * @param <P> the type of the prepared form
   * @return the prepared form
   */
  public <P> P prepared(int slot, Function<String, P> prepare) {
    return text.prepared(slot, prepare);
  }

  @Override
  public String toString() {
    return text.text();
  }
}
