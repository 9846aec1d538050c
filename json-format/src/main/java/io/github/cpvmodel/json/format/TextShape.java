package io.github.cpvmodel.json.format;

import io.github.cpvmodel.ValidationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value written as a JSON string: its canonical text ({@code toString()} for core's text-like types), read back
 * with its {@code parse}. Shapes of values that repeat (ids, codes, periods) share the values they make within one
 * reading, and keep the texts they last wrote.
 *
 * @param <T> the type
 */
public final class TextShape<T> extends Shape<T> {
  private final Function<String, T> parse;
  private final Function<? super T, String> format;
  private final int cache;
  private final Written @Nullable [] written;
  private final Object[] schema;

  /** How many texts a cached shape keeps for writing. */
  private static final int WRITTEN = 256;

  /** A value and the text written for it; immutable, so that threads may share it without locking. */
  private record Written(Object value, PreparedText text) {}

  private TextShape(Class<T> type, SchemaDefinitions.@Nullable Definition definition, Function<String, T> parse,
      Function<? super T, String> format, boolean cached, Object[] schema) {
    super(type, definition);
    this.parse = parse;
    this.format = format;
    this.cache = cached ? Reading.newCache() : -1;
    this.written = cached ? new Written[WRITTEN] : null;
    for (int i = 0; i < schema.length; i += 2) {
      if (!(schema[i] instanceof String) || List.of("type", "title", "description", "$ref").contains(schema[i])
          || i + 1 == schema.length || !(schema[i + 1] instanceof String || schema[i + 1] instanceof Number)) {
        throw new IllegalArgumentException(String.format("The schema keywords of %s are not pairs of a keyword "
            + "(other than type, title, description and $ref, which the shape writes) and a string or a number: %s",
            type.getName(), Arrays.toString(schema)));
      }
    }
    this.schema = schema.clone();
  }

  /**
   * A type of the model written as its text, with its own definition in the schema that every use refers to.
   *
   * @param type the type
   * @param id the name of its definition in the schema, kebab-case
   * @param title the Vietnamese term and the English one, e.g. {@code "Kỳ báo cáo (reporting period)"}
   * @param description what a value means, and what the schema cannot check about it
   * @param parse reads the text, throwing a {@link ValidationException} (usually a {@code ParseException}) when it
   *     is not valid
   * @param format writes the canonical text
   * @param cached whether equal texts within one reading share one value, and the texts last written are kept (for
   *     values that repeat)
   * @param schema the JSON Schema keywords besides {@code "type": "string"}, as keyword and value in turn (a value
   *     is a string or a number), e.g. {@code "pattern", "^[0-9]{4}$", "maxLength", 200}
   * @param <T> the type
   * @return the shape
   */
  public static <T> TextShape<T> of(Class<T> type, String id, String title, String description,
      Function<String, T> parse, Function<? super T, String> format, boolean cached, Object... schema) {
    return new TextShape<>(type, new SchemaDefinitions.Definition(id, title, description), parse, format, cached,
        schema);
  }

  /**
   * A value written as text in place wherever it is used, without a definition of its own: a date, an address.
   *
   * @param type the type
   * @param parse reads the text, throwing a {@link ValidationException} (usually a {@code ParseException}) when it
   *     is not valid
   * @param format writes the canonical text
   * @param cached whether equal texts within one reading share one value, and the texts last written are kept (for
   *     values that repeat)
   * @param schema the JSON Schema keywords besides {@code "type": "string"}, as keyword and value in turn (a value
   *     is a string or a number), e.g. {@code "format", "date"}
   * @param <T> the type
   * @return the shape
   */
  public static <T> TextShape<T> of(Class<T> type, Function<String, T> parse, Function<? super T, String> format,
      boolean cached, Object... schema) {
    return new TextShape<>(type, null, parse, format, cached, schema);
  }

  @Override
  public T read(TokenReader r, Reading reading) throws IOException {
    if (r.current() != Token.STRING) {
      throw Reading.typeError(r, "a string");
    }
    try {
      return cache < 0 ? parse.apply(r.text()) : r.text(reading.cache(cache, parse));
    } catch (ValidationException e) {
      throw Reading.rejected(e, r.pointer(), r.position(), this);
    }
  }

  /** A string has no members: a rejection of any part of its text is placed at the string itself. */
  @Override
  String pointerOf(String path) {
    return "";
  }

  @Override
  public void write(T value, TokenWriter w) throws IOException {
    if (written == null) {
      w.string(format.apply(value));
    } else {
      w.string(text(value, written));
    }
  }

  /**
   * The canonical text of a value that repeats, prepared for writing. The shape keeps the texts it last wrote, since
   * making one can cost more than writing it (a period's text is formatted) and a prepared text is written by copying
   * its encoded bytes; a slot holds one immutable pair, so threads writing at once at worst make a text again.
   */
  private PreparedText text(T value, Written[] written) {
    // Fibonacci hashing: the hash codes of dates and periods differ in few low bits, which a mask alone would keep.
    int slot = (value.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(WRITTEN));
    Written last = written[slot];
    // Values read from one document, or made by one program, are often the same instance.
    if (last != null && (last.value() == value || last.value().equals(value))) {
      return last.text();
    }
    PreparedText text = PreparedText.of(format.apply(value));
    written[slot] = new Written(value, text);
    return text;
  }

  @Override
  void keywords(TokenWriter w, SchemaDefinitions defs) throws IOException {
    w.name("type");
    w.string("string");
    SchemaDefinitions.keywords(w, schema);
  }
}
