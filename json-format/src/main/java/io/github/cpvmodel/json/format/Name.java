package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A member name of the wire format, declared once as a constant and prepared once per JSON library for fast
 * matching and writing (Jackson's {@code SerializableString}).
 */
public final class Name {
  private final String text;

  // One slot per JSON library that has prepared this name: the Jackson 2 module uses slot 0, Jackson 3 slot 1.
  private final AtomicReferenceArray<Object> prepared = new AtomicReferenceArray<>(4);

  private Name(String text) {
    this.text = text;
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
    return text;
  }

  /**
   * The form a JSON library prepared for this name, made on first use.
   *
   * @param slot the library's slot, 0 to 3
   * @param prepare makes the prepared form from the text
   * @param <P> the type of the prepared form
   * @return the prepared form
   */
  @SuppressWarnings("unchecked")
  public <P> P prepared(int slot, java.util.function.Function<String, P> prepare) {
    Object p = prepared.get(slot);
    if (p == null) {
      p = prepare.apply(text);
      prepared.set(slot, p);
    }
    return (P) p;
  }

  @Override
  public String toString() {
    return text;
  }
}
