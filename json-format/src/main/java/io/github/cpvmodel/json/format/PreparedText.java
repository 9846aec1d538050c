package io.github.cpvmodel.json.format;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A text the format writes often (a member name, or a value that repeats such as an id, a code or a period) with
 * the form each JSON library prepared of it, made once on first use: for Jackson a {@code SerializableString}, which
 * keeps the text quoted and encoded, so that writing it again copies bytes and matching it as a member name compares
 * them. Immutable apart from those forms, which must be safe to publish without synchronisation: threads may share
 * it.
 */
public final class PreparedText {
  /** How many JSON libraries may prepare a text: the Jackson 2 module uses slot 0, Jackson 3 slot 1. */
  public static final int SLOTS = 4;

  private final String text;

  /*
   * The prepared forms, a field per slot: they are looked up for every name and repeated text written or matched, so
   * without synchronisation, and without an array (one load less on that path). A form keeps its text in final
   * fields, so a thread that sees one sees it whole, and a thread that does not see it yet makes its own.
   */
  private @Nullable Object prepared0;

  private @Nullable Object prepared1;

  private @Nullable Object prepared2;

  private @Nullable Object prepared3;

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
   * more than once. The form must be safe to publish without synchronisation: its state in final fields, or made
   * again where found missing, as Jackson's {@code SerializedString} does.
   *
   * @param slot the library's slot, from 0 to {@value #SLOTS} - 1
   * @param prepare makes the prepared form from the text
   * @param <P> the type of the prepared form
   * @return the prepared form
   * @throws IndexOutOfBoundsException if the slot is not one of the {@value #SLOTS}
   */
  @SuppressWarnings("unchecked")
  public <P> P prepared(int slot, Function<String, P> prepare) {
    Object p = switch (slot) {
      case 0 -> prepared0;
      case 1 -> prepared1;
      case 2 -> prepared2;
      case 3 -> prepared3;
      default -> throw new IndexOutOfBoundsException("Slot " + slot + " is not one of the " + SLOTS + " from 0");
    };
    if (p == null) {
      p = prepare.apply(text);
      switch (slot) {
        case 0 -> prepared0 = p;
        case 1 -> prepared1 = p;
        case 2 -> prepared2 = p;
        default -> prepared3 = p;
      }
    }
    return (P) p;
  }

  @Override
  public String toString() {
    return text;
  }
}
