package io.github.cpvmodel.json.format;

import io.github.cpvmodel.ValidationException;
import java.io.IOException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value written as a JSON string: its canonical text ({@code toString()} for core's text-like types), read back
 * with its {@code parse}. Shapes of values that repeat (ids, codes, periods) share the values they make within one
 * reading.
 *
 * @param <T> the type
 */
public final class TextShape<T> extends Shape<T> {
  private final Function<String, T> parse;
  private final Function<? super T, String> format;
  private final int cache;
  private final Object[] schema;

  private TextShape(Class<T> type, Function<String, T> parse, Function<? super T, String> format, boolean cached,
      Object[] schema) {
    super(type);
    this.parse = parse;
    this.format = format;
    this.cache = cached ? Reading.newCache() : -1;
    this.schema = schema;
  }

  /**
   * A text-like type.
   *
   * @param type the type
   * @param parse reads the text, throwing a {@link ValidationException} (usually a {@code ParseException}) when it
   *     is not valid
   * @param format writes the canonical text
   * @param cached whether equal texts within one reading share one value (for values that repeat)
   * @param schema the JSON Schema keywords besides {@code "type": "string"}, as name and value in turn (a value is a
   *     string or a number), e.g. {@code "format", "date"}
   * @param <T> the type
   * @return the shape
   */
  public static <T> TextShape<T> of(Class<T> type, Function<String, T> parse, Function<? super T, String> format,
      boolean cached, Object... schema) {
    return new TextShape<>(type, parse, format, cached, schema);
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
    w.string(format.apply(value));
  }

  @Override
  void schema(TokenWriter w, SchemaDefinitions defs, @Nullable String description) throws IOException {
    w.startObject();
    String said = description;
    java.util.List<Object> rest = new java.util.ArrayList<>();
    for (int i = 0; i < schema.length; i += 2) {
      if (schema[i].equals("description")) {
        said = description == null ? (String) schema[i + 1] : description + "; " + schema[i + 1];
      } else {
        rest.add(schema[i]);
        rest.add(schema[i + 1]);
      }
    }
    SchemaDefinitions.describe(w, said);
    w.name("type");
    w.string("string");
    SchemaDefinitions.keywords(w, rest.toArray());
    w.endObject();
  }
}
