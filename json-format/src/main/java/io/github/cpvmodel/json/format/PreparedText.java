package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A text the format writes often (a member name, or a value that repeats such as an id, a code or a period) with
 * the form each JSON library prepared of it, made once on first use: for Jackson a {@code SerializableString}, which
 * keeps the text quoted and encoded, so that writing it again copies bytes and matching it as a member name compares
 * them. Immutable apart from those forms, which are published safely: threads may share it.
 */
public final class PreparedText {
  /** How many JSON libraries may prepare a text: the Jackson 2 module uses slot 0, Jackson 3 slot 1. */
  public static final int SLOTS = 4;

  private final String text;

  private final AtomicReferenceArray<Object> prepared = new AtomicReferenceArray<>(SLOTS);

  private PreparedText(String text) {
    this.text = text;
  }

  /**
   * A text, not yet prepared by any library.
   *
   * @param text the text, as a JSON string holds it (unquoted, unescaped)
   * @return the text
   */
  public static PreparedText of(String text) {
    return new PreparedText(requireNonNull(text, "text"));
  }

  /** {@return the text} */
  public String text() {
    return text;
  }

  /**
   * The form a JSON library prepared of this text, made on first use; threads that ask at once at worst make it
   * twice, and then share one.
   *
   * @param slot the library's slot, from 0 to {@value #SLOTS} - 1
   * @param prepare makes the prepared form from the text
   * @param <P> the type of the prepared form
   * @return the prepared form
   * @throws IndexOutOfBoundsException if the slot is not one of the {@value #SLOTS}
   */
  @SuppressWarnings("unchecked")
  public <P> P prepared(int slot, Function<String, P> prepare) {
    Object p = prepared.get(slot);
    if (p == null) {
      p = prepare.apply(text);
      if (!prepared.compareAndSet(slot, null, p)) {
        p = prepared.get(slot);
      }
    }
    return (P) p;
  }

  @Override
  public String toString() {
    return text;
  }
}
